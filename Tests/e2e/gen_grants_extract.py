#!/usr/bin/env python3
"""Writes a grants.gov-shaped XML extract of about SIZE MB (for the memory figure in
docs/performance.md, "Feeds"). Run: python3 Tests/e2e/gen_grants_extract.py OUT.xml 300"""
import random
import sys

random.seed(1)
target = int(sys.argv[2]) * 1024 * 1024
words = "city urban resilience program research community development health education energy transport housing climate water innovation support partners projects pilots evaluation".split()
with open(sys.argv[1], "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<Grants xmlns="http://apply.grants.gov/system/OpportunityDetail-V1.0">\n')
    n = 0; size = 0
    while size < target:
        n += 1
        desc = " ".join(random.choice(words) for _ in range(330))
        rec = (f"<OpportunitySynopsisDetail_1_0>\n<OpportunityID>{100000+n}</OpportunityID>\n"
               f"<OpportunityTitle>Opportunity {n} {random.choice(words)} &amp; {random.choice(words)}</OpportunityTitle>\n"
               f"<OpportunityNumber>OPP-{n}</OpportunityNumber>\n<CategoryOfFundingActivity>ST</CategoryOfFundingActivity>\n"
               f"<AgencyName>Agency {n % 40}</AgencyName>\n<PostDate>{(n%12)+1:02d}01{2020 + n % 7}</PostDate>\n"
               f"<CloseDate>{(n%12)+1:02d}15{2021 + n % 7}</CloseDate>\n"
               f"<AwardCeiling>{'none' if n % 5 == 0 else (n % 90 + 1) * 10000}</AwardCeiling>\n<AwardFloor>1000</AwardFloor>\n"
               f"<EstimatedTotalProgramFunding>5000000</EstimatedTotalProgramFunding>\n"
               f"<Description>&lt;p&gt;{desc}&lt;/p&gt;</Description>\n"
               f"<AdditionalInformationURL>https://example.org/opp/{n}</AdditionalInformationURL>\n"
               "</OpportunitySynopsisDetail_1_0>\n")
        f.write(rec); size += len(rec)
    f.write("</Grants>\n")
print(n, "records")
