#!/usr/bin/env python3
"""Writes Resources/demo.jsonl, the bundled demo data of Convoca.

The demo portrays the international-cooperation team of a city agency modelled on
ACI Medellín: about eighty calls (grants, scholarships, awards, networks, events,
alliances, technical assistance, other) across the agency's strategic lines, at every
stage of the pipeline, with notes and stage histories spread over the past year.

Every date is written relative to ANCHOR (recorded in the header as `demoAnchor`);
`DemoData.records(shiftedTo:)` moves them all so that "today" falls where the anchor was.

The output is deterministic: ids and times of day are derived from each record's title,
and records are written in Convoca's canonical form (key order of RecordCodec, compact
separators, UTF-8 without escapes, sorted by id).

Usage: python3 tools/make-demo.py [OUTPUT]   (default: Resources/demo.jsonl)
"""

import datetime as dt
import hashlib
import json
import os
import random
import sys

ANCHOR = dt.date(2026, 11, 29)
ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"

KINDS = ["grant", "scholarship", "award", "network", "event", "alliance", "technical", "other"]
AREAS = ["economic-development", "urban-development", "security-peace", "inclusion",
         "education-culture", "innovation"]
STAGES = ["identified", "preparing", "applied", "won", "lost", "dropped"]
OPEN = {"identified", "preparing", "applied"}

# The team (used consistently as owners and authors).
LAURA = "Laura Restrepo"      # coordinator: EU programmes, awards
ANDRES = "Andrés Gómez"       # Asia-Pacific: JICA, KOICA, Korea, Japan
CATA = "Catalina Zapata"      # multilaterals and development banks
JUANPA = "Juan Pablo Ochoa"   # networks, events, security and peace
MARIANA = "Mariana Vélez"     # education, culture, scholarships, inclusion
TEAM = [LAURA, ANDRES, CATA, JUANPA, MARIANA]

AREA = {
    "econ": "economic-development", "urban": "urban-development", "peace": "security-peace",
    "incl": "inclusion", "edu": "education-culture", "innov": "innovation",
}

# The city body each strategic line's calls usually serve (the beneficiary field); a call that
# names another body in its text (Metro de Medellín, Ruta N, EDU) gets that one instead.
BENEFICIARY = {
    "econ": "Secretaría de Desarrollo Económico", "urban": "EDU — Empresa de Desarrollo Urbano",
    "peace": "Secretaría de Seguridad y Convivencia",
    "incl": "Secretaría de Inclusión Social, Familia y Derechos Humanos",
    "edu": "Secretaría de Educación", "innov": "Ruta N",
}
NAMED_BODIES = ["Metro de Medellín", "Ruta N", "Buen Comienzo", "EPM"]

# ---------------------------------------------------------------------------------------
# The records. Offsets are days relative to ANCHOR (negative = before it).
#   t title, k kind, f funder, p program, co country, a area (short key), dl deadline,
#   dc decision, am amount (value, currency), aw awarded, pr probability override,
#   o owner, tg tags, u url, ct contact, d description, c created,
#   h stage moves [(to, day, note?, by?)] in order (the stage is where they end),
#   n notes [(day, by, text)], up an extra "last edited" day, src (system, id).
# ---------------------------------------------------------------------------------------

R = []


def rec(**kw):
    R.append(kw)


# ----- European Union ---------------------------------------------------------------------

rec(t="Horizon Europe Cluster 5: EU–CELAC climate-neutral cities twinning",
    k="grant", f="European Commission", p="Horizon Europe", co="EU", a="urban",
    dl=52, dc=210, am=(1_800_000, "EUR"), o=LAURA,
    tg=["climate", "consortium", "mission-cities"],
    u="https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/horizon-cl5-2027-d2-01-09",
    ct="CINEA helpdesk — CINEA-HORIZON-CL5@ec.europa.eu",
    d="Research and innovation action twinning EU Mission Cities with Latin American and Caribbean cities "
      "on climate-neutral urban planning. Consortia of at least three EU and two CELAC partners; a city may "
      "join as a beneficiary or an affiliated entity. Medellín would bring the Green Corridors and the "
      "Metropolitan Climate Plan as demonstration sites.\n\n"
      "Stage 1: 10-page outline. Stage 2: full proposal (45 pages) for consortia above the threshold. "
      "Budget: up to 1.8 million EUR per non-EU partner through the consortium.",
    c=-64, h=[("preparing", -41, "Consortium lead found: TU Delft with Valencia and Bogotá.", CATA)],
    n=[(-60, LAURA, "Found through the Funding & Tenders portal alert. Two-stage call; first stage is a 10-page outline."),
       (-38, CATA, "Área Metropolitana agrees to co-sign; they want the air-quality work package."),
       (-9, LAURA, "Draft work packages circulated to Secretaría de Medio Ambiente for comments by Friday.")],
    src=("eu-funding-tenders", "HORIZON-CL5-2027-D2-01-09"))

rec(t="IURC – International Urban and Regional Cooperation: Latin America city pairings",
    k="alliance", f="European Commission", p="IURC (Foreign Policy Instruments)", co="EU", a="urban",
    dl=-120, dc=-75, am=(24_000, "EUR"), aw=(24_000, "EUR"), o=LAURA, tg=["city-to-city", "sdg", "eu"],
    u="https://iurc.eu/latin-america-caribbean/",
    ct="IURC LAC team — lac@iurc.eu",
    d="The IURC programme pairs European and Latin American cities for two years of peer exchange on "
      "sustainable urban development, with study visits and local action plans paid by the programme. "
      "Medellín applied to be paired on circular economy and green jobs.",
    c=-260, h=[("preparing", -205), ("applied", -121, "Expression of interest submitted with the Secretaría de Desarrollo Económico."),
               ("won", -70, "Paired with Ghent (BE) and Lyon Métropole (FR).")],
    n=[(-200, LAURA, "Only the expression of interest is needed; no co-financing."),
       (-68, LAURA, "Kick-off mission to Ghent planned for March; IURC pays travel for three officials."),
       (-20, JUANPA, "Local action plan template received. Assigning it to the circular economy unit.")])

rec(t="URBACT City Festival 2027 – Latin American observer delegation",
    k="event", f="URBACT Secretariat", p="URBACT IV", co="EU", a="urban",
    dl=73, am=(9_500, "EUR"), o=JUANPA, tg=["visibility", "peer-learning"],
    u="https://urbact.eu/city-festival",
    ct="URBACT Secretariat — events@urbact.eu",
    d="URBACT's biennial festival gathers the European cities of its action-planning networks. "
      "Non-EU cities may attend as observers at their own cost; IURC can cover two places. "
      "Useful to meet future partners for the Horizon Europe twinning.",
    c=-18, n=[(-18, JUANPA, "Registration opens in January. Ask IURC whether the two funded places apply.")])

rec(t="Erasmus+ Capacity Building in Higher Education: Educación para la innovación urbana",
    k="grant", f="European Education and Culture Executive Agency", p="Erasmus+", co="EU", a="edu",
    dl=68, dc=245, am=(780_000, "EUR"), pr=40, o=MARIANA,
    tg=["universities", "eafit", "udea", "consortium"],
    u="https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-2/capacity-building-higher-education",
    ct="Erasmus+ National Focal Point Colombia — erasmusplus@icetex.gov.co",
    d="Strand 2 project with Universidad EAFIT, Universidad de Antioquia and the Politécnico Jaime Isaza "
      "Cadavid to create a joint master's module on urban innovation. European partners: Politecnico di "
      "Milano and Universidad Politécnica de Madrid. The city acts as associated partner and host of "
      "student living labs.",
    c=-95, h=[("preparing", -30, "EAFIT confirmed as applicant; we are associated partner.")],
    n=[(-90, MARIANA, "Deadline usually mid-February (Brussels 17:00). Budget lump-sum model."),
       (-28, MARIANA, "Letter of support from the Secretaría de Educación requested."),
       (-4, ANDRES, "Politecnico di Milano sent their PIC number and staff costs.")],
    src=("eu-funding-tenders", "ERASMUS-EDU-2027-CBHE"))

rec(t="Euroclima – Movilidad urbana sostenible para el Valle de Aburrá",
    k="grant", f="European Union / AFD", p="Euroclima", co="EU", a="urban",
    dl=-300, dc=-230, am=(450_000, "EUR"), aw=(410_000, "EUR"), o=CATA,
    tg=["climate", "mobility", "electric-buses"],
    u="https://www.euroclima.org/convocatorias",
    ct="Euroclima programme office — movilidad@euroclima.org",
    d="Euroclima's sustainable urban mobility window finances technical assistance and pilots that cut "
      "emissions from transport. The project supports the electrification of feeder bus routes and the "
      "integration of the bicycle system EnCicla with the Metro.",
    c=-365, h=[("preparing", -340), ("applied", -301), ("won", -228, "Grant agreement signed with AFD as implementing agency.", LAURA)],
    n=[(-299, CATA, "Submitted with Metro de Medellín as technical partner."),
       (-226, CATA, "Awarded 410,000 EUR (budget cut on the communication line)."),
       (-60, CATA, "First progress report sent; next disbursement in Q1.")])

rec(t="EU AL-INVEST Verde – green transition for small businesses in Medellín",
    k="grant", f="European Union", p="AL-INVEST Verde", co="EU", a="econ",
    dl=12, dc=95, am=(300_000, "EUR"), o=CATA, tg=["smes", "circular-economy", "cámara-de-comercio"],
    u="https://alinvest-verde.eu/convocatorias",
    ct="AL-INVEST Verde — convocatorias@alinvest-verde.eu",
    d="Call for business support organisations to help SMEs adopt circular and low-carbon practices. "
      "The Cámara de Comercio de Medellín para Antioquia would lead; the city contributes the "
      "programme of business-development centres (CEDEZO) as outreach network.",
    c=-47, h=[("preparing", -33)],
    n=[(-45, CATA, "Eligible applicant must be a business association; we support as partner."),
       (-6, CATA, "Cámara de Comercio has the draft; they need our co-financing letter (10% in kind).")])

rec(t="EU Trust Fund for Colombia: reincorporation and rural peace in the corregimientos",
    k="grant", f="European Union", p="Fondo Europeo para la Paz", co="EU", a="peace",
    dl=-150, dc=-60, am=(1_200_000, "EUR"), o=JUANPA, tg=["peace", "rural", "corregimientos"],
    u="https://www.fondoeuropeoparalapaz.eu/convocatorias/",
    ct="Fondo Europeo para la Paz — info@fondoeuropeoparalapaz.eu",
    d="Call for local-government projects that support former combatants and host communities in rural "
      "areas. The proposal covered productive projects in San Cristóbal and Santa Elena. Scored well on "
      "relevance but below the line on sustainability.",
    c=-240, h=[("preparing", -200), ("applied", -151), ("lost", -58, "Not selected: 71/100, threshold 75.")],
    n=[(-57, JUANPA, "Evaluation summary received. Weak points: exit strategy and municipal co-funding."),
       (-40, LAURA, "Reuse the proposal for the GIZ ProPaz line next year.")])

rec(t="CSO-LA: Local authorities for inclusive cities (EU Delegation Colombia)",
    k="grant", f="Delegation of the European Union to Colombia", p="Civil Society Organisations and Local Authorities",
    co="EU", a="incl", dl=4, dc=120, am=(500_000, "EUR"), o=MARIANA,
    tg=["migrants", "women", "local-authorities"],
    u="https://www.eeas.europa.eu/delegations/colombia/convocatorias_es",
    ct="EU Delegation Colombia, Cooperation section — delegation-colombia-cso-la@eeas.europa.eu",
    d="Restricted call for local authorities to strengthen social services for migrants from Venezuela and "
      "returnees, with a focus on women heads of household. Concept note first (5 pages); full "
      "application only if shortlisted.",
    c=-38, h=[("preparing", -21)],
    n=[(-35, MARIANA, "Secretaría de Inclusión Social will lead content; we handle PADOR registration."),
       (-2, MARIANA, "PADOR registration done. Concept note at 4 pages, needs the logical framework.")])

rec(t="EU-LAC Foundation: Dialogue on digital cities and data governance",
    k="event", f="EU-LAC Foundation", p="EU-LAC Dialogues", co="DE", a="innov",
    dl=-45, dc=-20, am=(4_500, "EUR"), aw=(4_500, "EUR"), o=LAURA, tg=["digital", "data", "speaker"],
    u="https://eulacfoundation.org/en/calls",
    ct="EU-LAC Foundation, Hamburg — info@eulacfoundation.org",
    d="Call for city speakers at the EU-LAC dialogue on digital public infrastructure and data governance "
      "held in Hamburg. Travel and lodging covered for selected speakers (the amount is their value).",
    c=-80, h=[("applied", -46, "Sent the Medellín data-governance case (MeData)."), ("won", -19, "Speaker slot confirmed for the second panel.")],
    n=[(-15, LAURA, "Ruta N's data lead will travel; visa support letter requested.")])

# ----- Japan and Korea --------------------------------------------------------------------------

rec(t="JICA Knowledge Co-Creation Program: Disaster risk management for local governments",
    k="technical", f="JICA", p="Knowledge Co-Creation Program", co="JP", a="urban",
    dl=-95, dc=-60, am=(4_800_000, "JPY"), aw=(4_800_000, "JPY"), o=ANDRES,
    tg=["training", "risk", "dagrd"],
    u="https://www.jica.go.jp/english/our_work/types_of_assistance/tech/acceptance/training/index.html",
    ct="JICA Colombia Office — co_oso_rep@jica.go.jp",
    d="Four-week training in Japan on landslide early warning and community preparedness. JICA covers "
      "flights, lodging and per diem for two officials of the Departamento Administrativo de Gestión del "
      "Riesgo (DAGRD). The amount is JICA's estimated cost per participant pair.",
    c=-150, h=[("applied", -96), ("won", -58, "Two DAGRD engineers accepted.")],
    n=[(-140, ANDRES, "Application goes through APC-Colombia; deadline is APC's, one week before JICA's."),
       (-10, ANDRES, "Participants back; action plan presentation to DAGRD on 12 December.")])

rec(t="JICA Partnership Program: Inclusión de personas con discapacidad en el empleo",
    k="grant", f="JICA", p="JICA Partnership Program (Grassroots)", co="JP", a="incl",
    dl=95, dc=270, am=(60_000_000, "JPY"), o=ANDRES,
    tg=["disability", "employment", "japanese-ngo"],
    u="https://www.jica.go.jp/english/our_work/types_of_assistance/citizen/partner.html",
    ct="JICA Partnership Program desk — jicapp@jica.go.jp",
    d="Three-year grassroots project proposed by a Japanese NGO with the city as counterpart: job coaching "
      "and accessible workplaces for people with disabilities. JICA requires the Japanese organisation to "
      "apply; the city signs a counterpart letter.",
    c=-25, n=[(-25, ANDRES, "Japanese NGO 'Kyōsei Net' approached us through the embassy. Call opens in February.")])

rec(t="JICA Volunteers (JOCV) for Parques del Río environmental education",
    k="other", f="JICA", p="Japan Overseas Cooperation Volunteers", co="JP", a="edu",
    dl=-180, dc=-120, am=(9_600_000, "JPY"), aw=(9_600_000, "JPY"), o=ANDRES, tg=["volunteers", "environment"],
    u="https://www.jica.go.jp/english/our_work/types_of_assistance/citizen/volunteers.html",
    ct="JICA Colombia volunteer coordinator — jicavolunteer-co@jica.go.jp",
    d="Request for two Japanese volunteers (environmental educators) to support the Parques del Río "
      "visitor programme for two years. The city provides workspace and local transport. The amount is "
      "JICA's estimate of the volunteers' yearly cost.",
    c=-230, h=[("applied", -181), ("won", -118, "Two volunteers assigned; arrival in January.")],
    n=[(-110, ANDRES, "Housing allowance is JICA's; we only confirm the workplace and a Spanish tutor.")])

rec(t="KOICA Fellowship Program (CIAT): Smart city policy for Latin America",
    k="scholarship", f="KOICA", p="KOICA Fellowship Program (CIAT)", co="KR", a="innov",
    dl=6, dc=40, am=(18_000_000, "KRW"), o=ANDRES, tg=["training", "smart-city", "korea"],
    u="https://ciat.koica.go.kr/",
    ct="KOICA Colombia Office — colombia@koica.go.kr",
    d="Two-week fellowship in Seongnam on smart city policy, data platforms and integrated transport "
      "control. Fully funded. Candidates must be public servants under 45 with English at B2. "
      "Nominations go through APC-Colombia.",
    c=-20, h=[("preparing", -12)],
    n=[(-11, ANDRES, "Two candidates from the Secretaría de Movilidad; one still needs the English certificate."),
       (-1, ANDRES, "APC wants the forms by Wednesday, two days before KOICA's date.")])

rec(t="KOICA project: Intelligent transport management for the Valle de Aburrá",
    k="technical", f="KOICA", p="Development Cooperation Projects", co="KR", a="urban",
    dl=-60, dc=45, am=(4_200_000_000, "KRW"), pr=60, o=ANDRES,
    tg=["mobility", "its", "korea", "multi-year"],
    u="https://www.koica.go.kr/koica_en/",
    ct="KOICA Colombia Office — colombia@koica.go.kr",
    d="Project concept paper for a four-year technical cooperation on adaptive traffic control and a "
      "mobility data centre, building on the Korean experience in Seoul and Bucheon. KOICA selects "
      "projects from the national government's priority list (APC-Colombia), so the concept must be "
      "endorsed by the Departamento Nacional de Planeación.",
    c=-210, h=[("preparing", -170), ("applied", -61, "Concept paper submitted via APC to the Korean embassy.")],
    n=[(-165, ANDRES, "Korean embassy suggests keeping the request around USD 3 million."),
       (-59, ANDRES, "DNP endorsement received the same day. Feasibility mission could come in February."),
       (-14, LAURA, "KOICA asked for traffic counts of the last 3 years. Secretaría de Movilidad is collecting them.")])

rec(t="Seoul Policy Sharing: Seoul Urban Solutions Agency knowledge exchange",
    k="technical", f="Seoul Urban Solutions Agency", p="Seoul Policy Sharing", co="KR", a="urban",
    dl=-20, dc=30, am=(120_000_000, "KRW"), o=ANDRES, tg=["korea", "south-south", "waste"],
    u="https://susa.or.kr/en",
    ct="SUSA International Cooperation Team — susa@susa.or.kr",
    d="SUSA shares Seoul's policies through consulting projects. Application for a feasibility study on "
      "waste sorting and recycling centres, with a study visit of four officials to Seoul.",
    c=-70, h=[("preparing", -50), ("applied", -21)],
    n=[(-19, ANDRES, "Submitted with Emvarias (public waste company) as technical counterpart.")])

rec(t="KOICA World Friends volunteers – teachers for the Medellín Digital programme",
    k="other", f="KOICA", p="World Friends Korea", co="KR", a="edu",
    dl=-280, o=ANDRES, tg=["volunteers", "digital"],
    u="https://www.koica.go.kr/koica_en/",
    ct="KOICA Colombia Office — colombia@koica.go.kr",
    d="Request for Korean volunteers to teach coding in public libraries. Dropped when KOICA moved its "
      "volunteer programme in Colombia to rural areas only.",
    c=-320, h=[("preparing", -300), ("dropped", -270, "KOICA volunteers now only in rural municipalities.")])

rec(t="Japan Foundation grant for cultural exchange: Festival Internacional de Tango",
    k="grant", f="The Japan Foundation", p="Grant Program for Arts and Cultural Exchange", co="JP", a="edu",
    dl=-35, dc=75, am=(2_500_000, "JPY"), o=MARIANA, tg=["culture", "music", "japan"],
    u="https://www.jpf.go.jp/e/project/culture/exchange/",
    ct="The Japan Foundation, Arts and Culture Department — arts@jpf.go.jp",
    d="Support for a Japanese tango orchestra to perform at the Festival Internacional de Tango de Medellín "
      "and give workshops in the Escuelas de Música. The foundation covers international travel.",
    c=-90, h=[("preparing", -60), ("applied", -36)],
    n=[(-34, MARIANA, "Application sent by the festival's producer with our support letter.")])

# ----- Spain, Germany, France, UK ---------------------------------------------------------------

rec(t="AECID: Convocatoria de Innovación para el Desarrollo 2026",
    k="grant", f="AECID", p="Acción Exterior – Innovación para el Desarrollo", co="ES", a="innov",
    dl=-210, dc=-130, am=(200_000, "EUR"), aw=(185_000, "EUR"), o=LAURA,
    tg=["innovation", "ruta-n", "spain"],
    u="https://www.aecid.es/convocatorias-de-innovacion",
    ct="AECID, Unidad de Innovación — innovacion@aecid.es",
    d="Innovation-for-development call funding pilots that scale proven solutions. The project, with Ruta N, "
      "tests a digital marketplace that connects informal recyclers with companies that buy materials.",
    c=-290, h=[("preparing", -260), ("applied", -211), ("won", -128, "Resolución de concesión published: 185,000 EUR.")],
    n=[(-255, LAURA, "Spanish partner required: Fundación ONCE? No — itdUPM agreed."),
       (-125, LAURA, "Reduced from 200k: evaluation cut the travel line."),
       (-30, CATA, "Mid-term technical report due in February.")])

rec(t="AECID INTERCOONECTA: Seminario de seguridad ciudadana y convivencia",
    k="technical", f="AECID", p="INTERCOONECTA", co="ES", a="peace",
    dl=2, dc=35, o=JUANPA, tg=["training", "cartagena", "spain"],
    u="https://intercoonecta.aecid.es/",
    ct="Centro de Formación de la Cooperación Española en Cartagena de Indias — cfce.cartagena@aecid.es",
    d="Week-long technical seminar in Cartagena de Indias on local policies for citizen security and "
      "coexistence. AECID covers lodging and meals; participants pay travel. Medellín's Secretaría de "
      "Seguridad y Convivencia could present the 'Entornos protectores' strategy.",
    c=-16, h=[("preparing", -9)],
    n=[(-8, JUANPA, "Two candidates; online form needs the supervisor's signature.")])

rec(t="Cooperación descentralizada Medellín–Barcelona: barrios y espacio público",
    k="alliance", f="Ajuntament de Barcelona", p="Cooperació per a la Justícia Global", co="ES", a="urban",
    dl=-110, dc=-50, am=(150_000, "EUR"), o=LAURA, tg=["city-to-city", "public-space", "barcelona"],
    u="https://ajuntament.barcelona.cat/relacionsinternacionalsicooperacio/",
    ct="Direcció de Justícia Global i Cooperació Internacional — cooperacio@bcn.cat",
    d="Barcelona's decentralised cooperation funds joint projects with partner cities. Proposal on "
      "participatory improvement of public space in Comuna 13 and Comuna 8, building on Barcelona's "
      "'superilles' experience.",
    c=-200, h=[("preparing", -160), ("applied", -111), ("lost", -48, "Barcelona prioritised Central American cities this year.")],
    n=[(-45, LAURA, "Feedback: strong proposal; invited to reapply in 2027.")])

rec(t="GIZ ProPaz II: Apoyo a la construcción de paz en Antioquia",
    k="technical", f="GIZ", p="ProPaz II", co="DE", a="peace",
    dl=-30, dc=20, o=JUANPA, tg=["peace", "reconciliation", "germany"],
    u="https://www.giz.de/en/worldwide/colombia.html",
    ct="GIZ Colombia, ProPaz II — propaz@giz.de",
    d="ProPaz II offers technical support to territorial entities on transitional justice, reconciliation "
      "and victims' participation. Request for support to the Museo Casa de la Memoria on a reconciliation "
      "curriculum for schools.",
    c=-100, h=[("preparing", -70), ("applied", -31)],
    n=[(-29, JUANPA, "Request letter signed by the Secretaría de la No-Violencia."),
       (-5, JUANPA, "GIZ will visit on 10 December to scope the support.")])

rec(t="develoPPP: Formación técnica en manufactura avanzada con empresas alemanas",
    k="alliance", f="GIZ / DEG", p="develoPPP", co="DE", a="econ",
    dl=34, dc=150, am=(400_000, "EUR"), o=CATA, tg=["private-sector", "vocational", "germany"],
    u="https://www.developpp.de/en/",
    ct="develoPPP team — developpp@giz.de",
    d="develoPPP co-finances private-sector projects with a development benefit. A German machinery maker "
      "with a plant in Rionegro would train young technicians with SENA; the city helps with "
      "recruitment in low-income comunas. The company applies; public co-funding up to 50%.",
    c=-55, h=[("preparing", -15)],
    n=[(-50, CATA, "Company contact: HR director for LATAM. Ideas competition runs quarterly."),
       (-15, CATA, "Draft concept shared; SENA agrees to certify the course.")])

rec(t="Municipal Climate Partnerships (Kommunale Klimapartnerschaften) with a German city",
    k="alliance", f="Engagement Global / SKEW", p="Kommunale Klimapartnerschaften", co="DE", a="urban",
    dl=40, dc=120, o=LAURA, tg=["climate", "city-to-city", "germany"],
    u="https://skew.engagement-global.de/kommunale-klimapartnerschaften.html",
    ct="SKEW — Service Agency Communities in One World — skew@engagement-global.de",
    d="Two-year programme pairing German municipalities with cities of the Global South to draft a joint "
      "climate action programme. Medellín asked to be paired with Stuttgart or Freiburg.",
    c=-230, h=[("applied", -151), ("dropped", -95, "No German partner city available this round."),
               ("identified", -24, "Reopened: SKEW announced a new round and Freiburg is interested."),
               ("preparing", -14)],
    n=[(-94, LAURA, "SKEW keeps us on the list for the next round."),
       (-13, LAURA, "Call with Freiburg's climate office; joint application due in January.")])

rec(t="Connective Cities: Community of practice on informal settlement upgrading",
    k="network", f="GIZ / Engagement Global / Deutscher Städtetag", p="Connective Cities", co="DE", a="urban",
    am=(6_000, "EUR"), aw=(6_000, "EUR"), o=CATA, tg=["peer-learning", "informal-settlements"],
    u="https://www.connective-cities.net/en/",
    ct="Connective Cities — info@connective-cities.net",
    d="International community of practice for sustainable urban development. Members join dialogue "
      "events and peer-learning projects for free; travel to workshops is covered (the amount). Good venue "
      "to present the Integral Urban Projects (PUI).",
    c=-140, h=[("won", -130, "Registered as member city.")],
    n=[(-128, CATA, "Membership is free; next dialogue event on climate-proof informal settlements."),
       (-40, CATA, "Invited to a peer-learning workshop in Durban, dates to be confirmed.")])

rec(t="AFD FEXTE: Étude de faisabilité pour le Metrocable de la comuna 8",
    k="technical", f="Agence Française de Développement", p="FEXTE", co="FR", a="urban",
    dl=-90, dc=15, am=(700_000, "EUR"), o=CATA, tg=["mobility", "cable-car", "feasibility", "france"],
    u="https://www.afd.fr/fr/page-region-pays/colombie",
    ct="AFD Bogotá — afdbogota@afd.fr",
    d="The Fund for Technical Expertise and Experience Transfers (FEXTE) finances feasibility studies ahead "
      "of AFD loans. Request to study the extension of the Metrocable line in Comuna 8 (Villa Hermosa).",
    c=-180, h=[("preparing", -130), ("applied", -91, "Request sent to AFD Bogotá with Metro de Medellín.")],
    n=[(-80, CATA, "AFD asks whether the city would take a sovereign-guaranteed loan afterwards."),
       (-3, CATA, "Decision expected at the AFD credit committee mid-December.")])

rec(t="Appel à projets franco-colombien de coopération décentralisée 2026",
    k="grant", f="Ministère de l'Europe et des Affaires étrangères", p="DAECT – coopération décentralisée", co="FR", a="edu",
    dl=-250, dc=-190, am=(60_000, "EUR"), aw=(55_000, "EUR"), o=MARIANA,
    tg=["city-to-city", "culture", "france", "libraries"],
    u="https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales/",
    ct="DAECT — daect.appels-a-projets@diplomatie.gouv.fr",
    d="Joint call of the French foreign ministry for projects between French local authorities and "
      "Colombian cities. Project with the Métropole de Lyon on the network of library-parks and reading "
      "promotion.",
    c=-320, h=[("preparing", -290), ("applied", -251), ("won", -188)],
    n=[(-186, MARIANA, "55,000 EUR from the ministry, matched by Lyon."),
       (-90, MARIANA, "Lyon librarians visited the Parque Biblioteca España site.")])

rec(t="UK PACT Colombia: Climate finance for city adaptation",
    k="technical", f="UK Foreign, Commonwealth & Development Office", p="UK PACT", co="GB", a="urban",
    dl=20, dc=110, am=(250_000, "GBP"), o=CATA, tg=["climate", "adaptation", "uk"],
    u="https://www.ukpact.co.uk/country-programmes/colombia",
    ct="UK PACT Colombia team — colombia@ukpact.co.uk",
    d="UK PACT funds technical assistance for climate action through calls for proposals. The proposal "
      "would build a climate-risk-adjusted investment pipeline for the Plan de Acción Climática, with "
      "Universidad Nacional (sede Medellín) as implementer.",
    c=-44, h=[("preparing", -26)],
    n=[(-42, CATA, "Implementer must be a registered organisation; we are the beneficiary."),
       (-7, CATA, "Universidad Nacional confirmed the team; budget in GBP, paid in arrears.")])

rec(t="British Council: Creative economy and cultural skills for youth",
    k="grant", f="British Council", p="Culture and Development", co="GB", a="edu",
    dl=-8, dc=50, am=(40_000, "GBP"), o=MARIANA, tg=["youth", "creative-economy", "uk"],
    u="https://www.britishcouncil.co/en/programmes/arts",
    ct="British Council Colombia, Arts — arts@britishcouncil.org.co",
    d="Small grants for partnerships between UK and Colombian cultural organisations. Proposal for "
      "music-production training in the Casas de la Cultura, with a Manchester studio.",
    c=-75, h=[("preparing", -52)],
    n=[(-50, MARIANA, "Manchester partner found through the Creative Cities network."),
       (-40, MARIANA, "Waiting for the partner's budget before submitting."),
       (-9, MARIANA, "Budget arrived after the deadline; asked British Council whether a late submission is accepted.")])

rec(t="Chevening Scholarships 2027/28 – promotion among city officials",
    k="scholarship", f="UK Foreign, Commonwealth & Development Office", p="Chevening", co="GB", a="edu",
    dl=-24, dc=150, am=(45_000, "GBP"), o=MARIANA, tg=["masters", "uk", "officials"],
    u="https://www.chevening.org/scholarships/",
    ct="British Embassy Bogotá, Chevening — chevening.colombia@fcdo.gov.uk",
    d="One-year master's scholarships in the UK. The agency promoted the call among young officials and "
      "reviewed essays; three officials applied. The amount is the typical value of one scholarship.",
    c=-120, h=[("preparing", -90), ("applied", -25, "Three officials submitted before the November deadline.")],
    n=[(-88, MARIANA, "Info session held with Talento Humano; 40 attendees."),
       (-23, MARIANA, "Interviews are in February–March if shortlisted.")])

# ----- Multilaterals and development banks -------------------------------------------------------

rec(t="IDB Lab: Innovación abierta para la economía circular",
    k="grant", f="Inter-American Development Bank", p="IDB Lab", co="US", a="innov",
    dl=26, dc=140, am=(500_000, "USD"), o=CATA, tg=["circular-economy", "startups", "ruta-n"],
    u="https://bidlab.org/en/calls",
    ct="IDB Lab Colombia — bidlab-co@iadb.org",
    d="IDB Lab's open innovation call finances pilots that connect startups with public challenges. "
      "Ruta N would run a challenge on construction waste; IDB Lab requires 1:1 counterpart funding.",
    c=-36, h=[("preparing", -22)],
    n=[(-34, CATA, "Counterpart 1:1 — Ruta N can put 300k USD in kind and cash."),
       (-10, CATA, "Technical note with IDB specialist on 4 December.")])

rec(t="IDB Emerging and Sustainable Cities: Medellín metropolitan action plan update",
    k="technical", f="Inter-American Development Bank", p="Ciudades Emergentes y Sostenibles", co="US", a="urban",
    dl=-140, dc=-80, am=(350_000, "USD"), o=CATA, tg=["planning", "idb"],
    u="https://www.iadb.org/en/urban-development-and-housing/emerging-and-sustainable-cities-program",
    ct="IDB Housing and Urban Development Division — ciudades@iadb.org",
    d="Non-reimbursable technical cooperation to update the metropolitan sustainability diagnostic and "
      "action plan. Dropped when the Área Metropolitana took over the update with its own budget.",
    c=-250, h=[("preparing", -200), ("dropped", -135, "Área Metropolitana funds the update itself.")])

rec(t="CAF Ciudades con Futuro: Cooperación técnica para espacio público seguro",
    k="technical", f="CAF – Development Bank of Latin America and the Caribbean", p="Ciudades con Futuro", co="LATAM", a="peace",
    dl=-70, dc=-10, am=(250_000, "USD"), aw=(220_000, "USD"), o=CATA, tg=["public-space", "caf", "lighting"],
    u="https://www.caf.com/es/temas/c/ciudades-con-futuro/",
    ct="CAF Oficina Colombia — colombia@caf.com",
    d="Non-reimbursable technical cooperation for safe public spaces: lighting audits, women's safety walks "
      "and design of micro-interventions in six parks of the northeastern comunas.",
    c=-160, h=[("preparing", -120), ("applied", -71), ("won", -8, "Approved by CAF for 220,000 USD.")],
    n=[(-7, CATA, "Agreement draft sent to Jurídica; signature expected in January.")])

rec(t="CAF: Premio a la innovación en gestión pública local",
    k="award", f="CAF – Development Bank of Latin America and the Caribbean", p="Innovación en Gestión Pública", co="LATAM", a="innov",
    dl=-200, dc=-140, am=(30_000, "USD"), o=LAURA, tg=["visibility", "govtech"],
    u="https://www.caf.com/es/convocatorias/",
    ct="CAF Innovación Pública — innovacionpublica@caf.com",
    d="Regional prize for local-government innovations. Medellín entered the 'Medellín Te Escucha' citizen "
      "feedback platform. Not shortlisted.",
    c=-260, h=[("preparing", -230), ("applied", -201), ("lost", -138)])

rec(t="World Bank City Resilience Program: Urban flood risk diagnostic",
    k="technical", f="World Bank", p="City Resilience Program", co="US", a="urban",
    dl=-40, dc=25, am=(400_000, "USD"), o=CATA, tg=["resilience", "flood", "world-bank"],
    u="https://www.worldbank.org/en/topic/disasterriskmanagement/brief/city-resilience-program",
    ct="World Bank Urban, Resilience and Land — crp@worldbank.org",
    d="The CRP helps cities prepare resilience investments for financing. Request for a flood-risk "
      "diagnostic of the Medellín River tributaries (quebradas) and a pipeline of green-grey works.",
    c=-130, h=[("preparing", -95), ("applied", -41)],
    n=[(-39, CATA, "Request submitted through the Ministerio de Hacienda focal point."),
       (-12, CATA, "Bank team asks for the DAGRD flood map shapefiles.")])

rec(t="City Climate Finance Gap Fund: Green corridors phase II",
    k="technical", f="World Bank / EIB / GIZ", p="City Climate Finance Gap Fund", co="INT", a="urban",
    dl=-220, dc=-160, am=(300_000, "USD"), aw=(300_000, "USD"), o=CATA, tg=["climate", "green-corridors", "gap-fund"],
    u="https://www.citygapfund.org/apply",
    ct="Gap Fund Secretariat — info@citygapfund.org",
    d="The Gap Fund provides early-stage technical assistance to turn climate ideas into bankable projects. "
      "Support for the design and financing structure of the second phase of the Corredores Verdes.",
    c=-300, h=[("applied", -221, "Expression of interest submitted online."), ("won", -158, "Approved; World Bank team assigned.", LAURA)],
    n=[(-150, CATA, "Consultant hired by the Bank; inception workshop in Medellín in June."),
       (-45, CATA, "Draft financing options report received; comments due next month.")])

rec(t="World Bank Land Conference 2027: Paper on value capture in Medellín",
    k="event", f="World Bank", p="Land Conference", co="US", a="econ",
    dl=-3, dc=45, o=JUANPA, tg=["speaker", "value-capture", "land"],
    u="https://www.worldbank.org/en/events/landconference",
    ct="World Bank Land Conference — landconference@worldbank.org",
    d="Call for papers for the World Bank Land Conference in Washington. Abstract on the use of valorization "
      "(betterment levies) to finance urban projects in Medellín, with EAFIT's urban studies centre.",
    c=-45, h=[("preparing", -30)],
    n=[(-29, JUANPA, "EAFIT professor is first author; we co-author."),
       (-27, JUANPA, "Abstract is 500 words; needs data from Hacienda on collections.")])

rec(t="Cities Alliance: Cities and Migration programme – integración socioeconómica",
    k="grant", f="Cities Alliance", p="Cities and Migration", co="BE", a="incl",
    dl=-55, dc=10, am=(250_000, "USD"), pr=65, o=MARIANA, tg=["migrants", "venezuela", "employment"],
    u="https://www.citiesalliance.org/themes/cities-and-migration",
    ct="Cities Alliance Secretariat, Brussels — info@citiesalliance.org",
    d="Grant for secondary cities and metropolitan areas receiving migrants. Proposal to bring the "
      "Venezuelan migrant population into the city's employment and entrepreneurship services, with IOM "
      "as technical partner.",
    c=-150, h=[("preparing", -110), ("applied", -56, "Submitted with IOM and the Secretaría de Inclusión.")],
    n=[(-54, MARIANA, "Cities Alliance confirmed eligibility despite Medellín's size."),
       (-16, MARIANA, "Clarification questions answered; decision at the December board.")])

rec(t="UN-Habitat Scroll of Honour Award 2026",
    k="award", f="UN-Habitat", p="Scroll of Honour Award", co="KE", a="urban",
    dl=-170, dc=-60, o=LAURA, tg=["visibility", "housing"],
    u="https://unhabitat.org/scroll-of-honour-award",
    ct="UN-Habitat Scroll of Honour Secretariat — unhabitat-scroll@un.org",
    d="UN-Habitat's most prestigious award, given on World Habitat Day. Nomination of the Cinturón Verde "
      "Metropolitano and the neighbourhood upgrading of the northeastern hillsides.",
    c=-230, h=[("preparing", -200), ("applied", -171), ("lost", -58)],
    n=[(-55, LAURA, "Winners announced on World Habitat Day; no feedback given.")])

rec(t="World Urban Forum 13 (Baku): Medellín networking event",
    k="event", f="UN-Habitat", p="World Urban Forum", co="AZ", a="urban",
    dl=-260, dc=-220, am=(8_000, "USD"), aw=(6_500, "USD"), o=JUANPA, tg=["wuf", "visibility", "housing"],
    u="https://wuf.unhabitat.org/",
    ct="WUF Secretariat — wuf@un.org",
    d="Application for a networking event slot at WUF13 on housing and urban regeneration, with travel "
      "support for two speakers. Granted; UN-Habitat covered most of the speakers' travel.",
    c=-330, h=[("applied", -261), ("won", -218, "Networking event slot granted.")],
    n=[(-180, JUANPA, "Event held: 120 attendees, co-hosted with Curitiba and Barcelona."),
       (-175, LAURA, "Follow-up: three cities asked for the PUI methodology.")])

rec(t="UN Women Safe Cities and Safe Public Spaces Global Initiative",
    k="network", f="UN Women", p="Safe Cities and Safe Public Spaces", co="INT", a="peace",
    o=JUANPA, tg=["women", "gender", "public-space"],
    u="https://www.unwomen.org/en/what-we-do/ending-violence-against-women/creating-safe-public-spaces",
    ct="UN Women Colombia — colombia@unwomen.org",
    d="Global initiative of cities committed to preventing sexual harassment and violence against women in "
      "public spaces. Joining requires a scoping study and a municipal commitment signed by the mayor.",
    c=-35, n=[(-35, JUANPA, "Secretaría de las Mujeres is interested; scoping study could be funded by UN Women.")])

rec(t="UNODC: Urban safety governance assessment for municipal security plans",
    k="technical", f="UNODC", p="Urban Safety Governance", co="AT", a="peace",
    o=JUANPA, tg=["security", "data", "un"],
    u="https://www.unodc.org/unodc/en/urban-safety/index.html",
    ct="UNODC Colombia — unodc-colombia@un.org",
    d="UNODC offers a self-assessment tool and expert support to review municipal security and coexistence "
      "plans. Could feed the next Plan Integral de Seguridad y Convivencia Ciudadana (PISCC).",
    c=-110, n=[(-110, JUANPA, "Ask UNODC Bogotá whether the support is free for cities."),
               (-100, JUANPA, "No answer yet; follow up after the PISCC calendar is fixed.")])

rec(t="IOM: Integración de población migrante en los servicios de empleo de Medellín",
    k="alliance", f="International Organization for Migration", p="Integración socioeconómica", co="INT", a="incl",
    dl=-190, dc=-150, am=(180_000, "USD"), aw=(150_000, "USD"), o=MARIANA, tg=["migrants", "employment", "iom"],
    u="https://colombia.iom.int/",
    ct="OIM Colombia, Medellín office — iommedellin@iom.int",
    d="Agreement with IOM to place migrant employment advisers in the city's job centres and to validate "
      "foreign degrees. IOM funds staff for 18 months; the city provides space and systems.",
    c=-260, h=[("preparing", -220), ("applied", -191), ("won", -148)],
    n=[(-145, MARIANA, "Signed: 150,000 USD in staff costs; first advisers started in July.")])

rec(t="UNHCR Cities of Solidarity (Ciudades Solidarias) recognition",
    k="network", f="UNHCR", p="Ciudades Solidarias", co="INT", a="incl",
    dl=-100, dc=-40, am=(20_000, "USD"), aw=(20_000, "USD"), o=MARIANA, tg=["refugees", "migrants", "visibility"],
    u="https://www.acnur.org/ciudades-solidarias",
    ct="ACNUR Colombia — colbo@unhcr.org",
    d="UNHCR's 'Cities of Solidarity' initiative recognises Latin American cities that integrate refugees "
      "and migrants. Application documented the city's migrant service point and school enrolment figures. "
      "Recognised cities receive a small grant for their migrant service point.",
    c=-170, h=[("preparing", -130), ("applied", -101), ("won", -38, "Medellín recognised as Ciudad Solidaria.")],
    n=[(-35, MARIANA, "Ceremony in Bogotá in February; mayor's office informed.")])

rec(t="UNDP Accelerator Lab: city experiments on informal economy",
    k="alliance", f="UNDP", p="Accelerator Labs", co="INT", a="econ",
    o=CATA, tg=["experiments", "informal-economy"],
    u="https://www.undp.org/acceleratorlabs",
    ct="UNDP Colombia Accelerator Lab — acclab.co@undp.org",
    d="Partnership proposal with the UNDP Accelerator Lab to run rapid experiments on formalising street "
      "vendors in the city centre. No money changes hands; the lab contributes staff time.",
    c=-150, h=[("preparing", -135)],
    n=[(-134, CATA, "First meeting good; they want a data-sharing agreement first."),
       (-120, CATA, "Data-sharing agreement stuck in legal review.")])

rec(t="ILO: Youth employment policy review for Medellín",
    k="technical", f="International Labour Organization", p="Decent Work for Youth", co="CH", a="econ",
    dl=-130, dc=-90, o=CATA, tg=["youth", "employment"],
    u="https://www.ilo.org/topics/youth-employment",
    ct="OIT Oficina para los Países Andinos — lima@ilo.org",
    d="Technical review of the municipal youth employment policy with ILO methodology. Dropped when the "
      "national Ministerio del Trabajo launched the same review for all capitals.",
    c=-200, h=[("preparing", -170), ("dropped", -125, "Covered by the national review.")])

rec(t="FAO / Milan Urban Food Policy Pact Awards 2027",
    k="award", f="Milan Urban Food Policy Pact", p="Milan Pact Awards", co="IT", a="incl",
    dl=47, dc=160, am=(20_000, "EUR"), o=MARIANA, tg=["food-security", "visibility"],
    u="https://www.milanurbanfoodpolicypact.org/milan-pact-awards/",
    ct="MUFPP Secretariat — mufpp@comune.milano.it",
    d="Awards for signatory cities' food policies. Candidate practice: school feeding with local purchase "
      "from family farmers of the corregimientos (Programa de Alimentación Escolar).",
    c=-12, n=[(-12, MARIANA, "Medellín signed the Pact in 2015, so it is eligible. Category: food supply and distribution.")])

# ----- Philanthropy and city networks --------------------------------------------------------------

rec(t="Bloomberg Philanthropies Mayors Challenge 2027",
    k="award", f="Bloomberg Philanthropies", p="Mayors Challenge", co="US", a="innov",
    dl=15, dc=180, am=(1_000_000, "USD"), pr=15, o=LAURA, tg=["innovation", "mayor", "visibility"],
    u="https://mayorschallenge.bloomberg.org/",
    ct="Mayors Challenge team — mayorschallenge@bloomberg.org",
    d="Competition for bold urban innovations. Finalists receive 100,000 USD and a year of coaching to test "
      "the idea; winners receive 1 million USD to implement. Idea under discussion: predictive maintenance "
      "of hillside stairways and slopes using citizen reports.",
    c=-58, h=[("preparing", -40, "Mayor's office approved the idea shortlist.")],
    n=[(-56, LAURA, "Eligibility: cities over 100,000 inhabitants in the Americas this round."),
       (-20, LAURA, "Innovation team from Ruta N is drafting; 1,500-word application."),
       (-2, JUANPA, "Video of the mayor needed — ask Comunicaciones.")])

rec(t="Bloomberg Initiative for Global Road Safety: partner city",
    k="alliance", f="Bloomberg Philanthropies", p="Initiative for Global Road Safety", co="US", a="peace",
    dl=-330, dc=-300, am=(450_000, "USD"), aw=(450_000, "USD"), o=JUANPA, tg=["road-safety", "vital-strategies"],
    u="https://www.bloomberg.org/public-health/improving-road-safety/",
    ct="Vital Strategies, Road Safety — roadsafety@vitalstrategies.org",
    d="Partner city of the initiative: technical support for speed management and enforcement, data "
      "systems and media campaigns, delivered by Vital Strategies, WRI and GRSP.",
    c=-360, h=[("applied", -331), ("won", -298, "Selected as partner city for 2026–2030.")],
    n=[(-250, JUANPA, "Speed management plan for Avenida 80 agreed with WRI."),
       (-70, JUANPA, "Annual review: fatalities down 8% on intervened corridors.")])

rec(t="Partnership for Healthy Cities: salud urbana y prevención",
    k="network", f="Bloomberg Philanthropies / WHO / Vital Strategies", p="Partnership for Healthy Cities", co="INT", a="incl",
    dl=-15, dc=60, am=(100_000, "USD"), o=MARIANA, tg=["health", "noncommunicable-diseases"],
    u="https://partnershipforhealthycities.bloomberg.org/",
    ct="Partnership for Healthy Cities — healthycities@vitalstrategies.org",
    d="Global network of cities committed to preventing noncommunicable diseases and injuries. Members "
      "pick one policy intervention and receive a grant and technical support. Proposed intervention: "
      "sugar-sweetened beverage limits in schools.",
    c=-85, h=[("applied", -16)],
    n=[(-80, MARIANA, "Invitation came from the network; application is a short letter of intent."),
       (-14, MARIANA, "Secretaría de Salud endorsed the intervention.")])

rec(t="C40 Cities Finance Facility: Electric bus depot and charging",
    k="technical", f="C40 Cities / GIZ", p="C40 Cities Finance Facility", co="INT", a="urban",
    dl=-10, dc=55, am=(800_000, "USD"), o=CATA, tg=["mobility", "electric-buses", "c40"],
    u="https://www.c40cff.org/apply",
    ct="C40 CFF Latin America — cff-latam@c40.org",
    d="Project preparation support for a depot with charging for 120 electric buses. CFF places a "
      "technical expert in the city for up to two years. Metro de Medellín is the project owner.",
    c=-100, h=[("preparing", -70), ("applied", -11)],
    n=[(-68, CATA, "Medellín is a C40 member city; application by invitation after a call for interest."),
       (-9, CATA, "Submitted two hours before the deadline. Confirmation email received.")])

rec(t="C40 Bloomberg Philanthropies Awards – Clean Air category",
    k="award", f="C40 Cities", p="C40 Bloomberg Philanthropies Awards", co="INT", a="urban",
    dl=-150, dc=-25, o=LAURA, tg=["air-quality", "visibility", "c40"],
    u="https://www.c40.org/c40-awards/",
    ct="C40 Awards team — awards@c40.org",
    d="C40's awards recognise climate leadership of member cities. Entry: the metropolitan air-quality "
      "management plan (PIGECA) and the episode-response protocol. Shortlisted as finalist.",
    c=-210, h=[("preparing", -180), ("applied", -151), ("lost", -24, "Finalist; award went to another city.")],
    n=[(-60, LAURA, "Shortlisted among three finalists."),
       (-22, LAURA, "Did not win; C40 will feature the case in its knowledge hub anyway.")])

rec(t="UCLG – Mexico City – Culture 21 International Award",
    k="award", f="United Cities and Local Governments", p="International Award UCLG – Mexico City – Culture 21", co="ES", a="edu",
    dl=-15, dc=120, am=(50_000, "EUR"), o=MARIANA, tg=["culture", "visibility", "uclg"],
    u="https://www.agenda21culture.net/award",
    ct="UCLG Culture Committee — info@agenda21culture.net",
    d="Award for cities and leaders contributing to culture as a dimension of sustainable development. "
      "Candidature: the network of Casas de la Cultura and the Plan de Desarrollo Cultural. "
      "The amount is the prize shared by the winning cities.",
    c=-110, h=[("preparing", -75), ("applied", -16)],
    n=[(-72, MARIANA, "Form in English or Spanish; we write in Spanish and translate the summary."),
       (-14, MARIANA, "Submitted with 12 photos and two videos.")])

rec(t="UCLG World Congress and Summit of Local and Regional Leaders",
    k="event", f="United Cities and Local Governments", p="UCLG World Congress", co="INT", a="incl",
    dl=130, am=(25_000, "USD"), o=JUANPA, tg=["visibility", "mayor", "uclg"],
    u="https://www.uclg.org/en/congress",
    ct="UCLG World Secretariat — info@uclg.org",
    d="Triennial congress of the world organisation of local governments. Opportunity for the mayor to "
      "speak in the session on migration and social inclusion. Budget for a four-person delegation.",
    c=-8, n=[(-8, JUANPA, "Call for session proposals expected in April.")])

rec(t="ICLEI World Congress 2027: Medellín session on biodiversity corridors",
    k="event", f="ICLEI – Local Governments for Sustainability", p="ICLEI World Congress", co="DE", a="urban",
    dl=44, dc=100, am=(12_000, "EUR"), o=JUANPA, tg=["biodiversity", "speaker", "iclei"],
    u="https://worldcongress.iclei.org/",
    ct="ICLEI World Secretariat, Bonn — world.congress@iclei.org",
    d="Call for session proposals at ICLEI's World Congress. Proposal on urban biodiversity corridors and "
      "the Cerro Nutibara restoration, with Bogotá and Quito.",
    c=-27, h=[("preparing", -10)],
    n=[(-25, JUANPA, "ICLEI South America secretariat will co-organise if accepted.")])

rec(t="ICLEI Transformative Actions Program (TAP) – cycle 2026",
    k="network", f="ICLEI – Local Governments for Sustainability", p="Transformative Actions Program", co="DE", a="urban",
    dl=-140, dc=-70, am=(15_000, "EUR"), aw=(15_000, "EUR"), o=CATA, tg=["climate", "project-pipeline", "iclei"],
    u="https://tap-potential.org/",
    ct="ICLEI TAP team — tap@iclei.org",
    d="TAP connects city climate projects with financiers. Submitted the 'Quebradas vivas' stream-restoration "
      "project; it entered the TAP pipeline with project-preparation support and was presented to two funds.",
    c=-200, h=[("applied", -141), ("won", -68, "Project accepted in the TAP pipeline.")],
    n=[(-30, CATA, "A Dutch fund asked for the detailed budget.")])

rec(t="Metropolis Annual Meeting 2027",
    k="event", f="Metropolis – World Association of the Major Metropolises", p="Annual Meeting", co="ES", a="urban",
    dl=100, o=JUANPA, tg=["metropolitan", "visibility"],
    u="https://www.metropolis.org/events",
    ct="Metropolis Secretariat General, Barcelona — metropolis@metropolis.org",
    d="Annual meeting of Metropolis members. The Área Metropolitana del Valle de Aburrá is the member; "
      "the city participates through it. Topic: metropolitan governance and care systems.",
    c=-5)

rec(t="Metropolis Pilot Projects: Sistema de cuidado metropolitano",
    k="grant", f="Metropolis – World Association of the Major Metropolises", p="Pilot Projects", co="ES", a="incl",
    dl=-200, dc=-150, am=(40_000, "EUR"), o=MARIANA, tg=["care", "women", "metropolitan"],
    u="https://www.metropolis.org/pilot-projects",
    ct="Metropolis Secretariat General — pilotprojects@metropolis.org",
    d="Seed funding for pilot projects led by member metropolises. Proposal on a metropolitan care system "
      "for unpaid carers, inspired by Bogotá's Manzanas del Cuidado.",
    c=-270, h=[("preparing", -240), ("applied", -201), ("lost", -148)],
    n=[(-140, MARIANA, "Metropolis funded Bogotá's own care project instead; suggested a joint proposal next year.")])

rec(t="Resilient Cities Network: Resilience strategy update",
    k="network", f="Resilient Cities Network", p="Urban Resilience Programme", co="INT", a="urban",
    dl=-80, dc=-50, am=(20_000, "USD"), aw=(20_000, "USD"), o=CATA, tg=["resilience", "network"],
    u="https://resilientcitiesnetwork.org/",
    ct="Resilient Cities Network, Latin America — latam@rcities.org",
    d="Medellín is a founding member of the network. Request for support to update the resilience strategy "
      "of 2016 with climate and migration chapters.",
    c=-120, h=[("applied", -81), ("won", -49, "Network will co-fund a Chief Resilience Officer workshop.")])

rec(t="Global Covenant of Mayors: Climate reporting and data portal",
    k="network", f="Global Covenant of Mayors for Climate & Energy", p="GCoM Latin America", co="INT", a="urban",
    o=CATA, tg=["climate", "reporting"],
    u="https://www.globalcovenantofmayors.org/",
    ct="GCoM Latin America Secretariat — latam@globalcovenantofmayors.org",
    d="Annual reporting of emissions inventory and climate plan to the CDP-ICLEI Track. Not a call with money, "
      "but keeping the compliance badge matters for C40 and Gap Fund applications.",
    c=-60, h=[("preparing", -45)],
    n=[(-44, CATA, "Inventory 2024 is ready; adaptation section still missing."),
       (-16, CATA, "Adaptation section drafted with Medio Ambiente; reporting window closes in March.")])

rec(t="CIDEU: Red iberoamericana de planificación estratégica urbana",
    k="network", f="CIDEU", p="Programa de Pensamiento Estratégico Urbano", co="ES", a="urban",
    dl=-300, dc=-280, am=(3_500, "EUR"), aw=(3_500, "EUR"), o=JUANPA, tg=["network", "ibero-america", "training"],
    u="https://www.cideu.org/",
    ct="Secretaría General CIDEU, Barcelona — cideu@cideu.org",
    d="Membership renewal and two scholarships in CIDEU's strategic urban planning course for officials of "
      "Planeación. The amount is the value of the two course places.",
    c=-340, h=[("applied", -301), ("won", -279, "Membership renewed; two course places.")])

rec(t="Strong Cities Network: Prevención de la violencia y el extremismo",
    k="network", f="Strong Cities Network", p="Latin America and the Caribbean", co="INT", a="peace",
    o=JUANPA, tg=["violence-prevention", "youth"],
    u="https://strongcitiesnetwork.org/",
    ct="Strong Cities Network, LAC Hub — lac@strongcitiesnetwork.org",
    d="Global network of cities working on violence prevention and social cohesion. Joining gives access to "
      "trainings and a regional hub. Membership requires a letter from the mayor.",
    c=-70, n=[(-69, JUANPA, "Letter draft with Secretaría de Seguridad; mayor's agenda is full until January.")])

rec(t="Open Government Partnership Local: Medellín application",
    k="network", f="Open Government Partnership", p="OGP Local", co="US", a="innov",
    dl=-300, dc=20, o=LAURA, tg=["open-government", "transparency"],
    u="https://www.opengovpartnership.org/ogp-local/",
    ct="OGP Local team — local@opengovpartnership.org",
    d="OGP Local admits subnational governments that commit to co-create action plans with civil society. "
      "Medellín applied with the open data and participatory budgeting agenda.",
    c=-340, h=[("preparing", -320), ("applied", -301), ("lost", -248, "Not admitted in this cohort."),
               ("applied", -120, "Reopened: OGP opened a second intake; application updated.")],
    n=[(-245, LAURA, "OGP admitted 15 new members; Latin American slots went to smaller cities."),
       (-118, LAURA, "OGP reopened intake; we resubmitted with the Personería and two NGOs."),
       (-26, LAURA, "OGP interview held; decision expected in December.")])

rec(t="Mastercard City Possible: Inclusión financiera de vendedores informales",
    k="alliance", f="Mastercard Center for Inclusive Growth", p="City Possible", co="US", a="econ",
    dl=-60, o=CATA, tg=["financial-inclusion", "private-sector"],
    u="https://www.mastercard.com/news/perspectives/city-possible/",
    ct="City Possible team — citypossible@mastercard.com",
    d="Co-creation model with Mastercard to pilot digital payments for street vendors. Dropped after legal "
      "advice about exclusivity clauses with a single payment network.",
    c=-150, h=[("preparing", -120), ("dropped", -62, "Legal advised against exclusivity with one card network.")])

rec(t="Bernard van Leer Foundation Urban95: Medellín para la primera infancia",
    k="alliance", f="Bernard van Leer Foundation", p="Urban95", co="NL", a="incl",
    dl=-80, dc=-30, am=(300_000, "EUR"), aw=(300_000, "EUR"), o=MARIANA, tg=["early-childhood", "public-space", "buen-comienzo"],
    u="https://vanleerfoundation.org/urban95/",
    ct="Bernard van Leer Foundation, Latin America — info@vanleerfoundation.org",
    d="Urban95 asks: what would a city look like from 95 cm, the height of a three-year-old? Partnership to "
      "redesign public spaces near Buen Comienzo early-childhood centres.",
    c=-180, h=[("preparing", -140), ("applied", -81), ("won", -28, "Partnership approved for two years.")],
    n=[(-26, MARIANA, "300,000 EUR over two years plus technical support from Gehl."),
       (-12, MARIANA, "Awarded amount confirmed in the grant letter.")], up=-12)

rec(t="Google.org Impact Challenge: AI for public services in Latin America",
    k="grant", f="Google.org", p="AI Opportunity Fund", co="US", a="innov",
    dl=-25, dc=70, am=(750_000, "USD"), o=LAURA, tg=["ai", "digital", "private-sector"],
    u="https://www.google.org/opportunity-fund/",
    ct="Google.org — impactchallenge@google.com",
    d="Open call for organisations using AI for social impact. Proposal with Ruta N for an AI assistant that "
      "guides citizens through social-programme paperwork. Google.org funds NGOs and universities, so "
      "Universidad EAFIT is the applicant.",
    c=-110, h=[("preparing", -80), ("applied", -26)])

rec(t="Earthshot Prize 2027 – nomination of Medellín's Green Corridors",
    k="award", f="The Royal Foundation", p="The Earthshot Prize", co="GB", a="urban",
    dl=-5, dc=330, am=(1_000_000, "GBP"), o=LAURA, tg=["climate", "visibility", "nomination"],
    u="https://earthshotprize.org/",
    ct="Earthshot Prize nominations — nominations@earthshotprize.org",
    d="The Earthshot Prize accepts candidates only through official nominators. Identified as a way to "
      "showcase the Corredores Verdes again (a finalist in 2021). We need a nominating partner organisation.",
    c=-160, n=[(-158, LAURA, "Ask C40 and WRI whether they are nominators this cycle."),
               (-150, LAURA, "C40 did not answer yet.")])

rec(t="Global Fund for Coral Reefs: Golfo de Urabá reef restoration",
    k="grant", f="Global Fund for Coral Reefs (UNDP / UNEP)", p="Global Fund for Coral Reefs", co="INT", a="urban",
    dl=-40, am=(2_000_000, "USD"), o=CATA, tg=["oceans", "antioquia", "out-of-scope"],
    u="https://globalfundcoralreefs.org/",
    ct="GFCR Secretariat — info@globalfundcoralreefs.org",
    d="Blended-finance fund for coral reef conservation. Relevant for Antioquia's Caribbean coast, not for "
      "the city itself; passed to the Gobernación de Antioquia and dropped from our pipeline.",
    c=-90, h=[("dropped", -75, "Outside the city's remit; handed to Gobernación de Antioquia.")])

rec(t="Global Innovation Fund: scaling the Ruta N innovation vouchers",
    k="grant", f="Global Innovation Fund", p="Grants for pilots and scaling", co="GB", a="econ",
    dl=120, dc=300, am=(230_000, "USD"), o=CATA, tg=["innovation", "smes", "scaling"],
    u="https://www.globalinnovation.fund/apply",
    ct="Global Innovation Fund — applications@globalinnovation.fund",
    d="Rolling call for innovations with evidence of impact on people living on low incomes. Candidate: "
      "Ruta N's innovation vouchers for small firms in the comunas. Rolling deadline; internal target date set.",
    c=-200, n=[(-198, CATA, "Needs an impact evaluation; EAFIT may have one from 2023."),
               (-190, CATA, "Parked until the evaluation is located.")])

rec(t="Inter-American Foundation: grassroots economic initiatives in Comuna 1",
    k="grant", f="Inter-American Foundation", p="Grants to grassroots organisations", co="US", a="econ",
    dl=-260, dc=-200, am=(250_000, "USD"), o=CATA, tg=["grassroots", "women", "entrepreneurship"],
    u="https://www.iaf.gov/apply-for-grants/",
    ct="Inter-American Foundation — inquiries@iaf.gov",
    d="The IAF funds community organisations directly. The city supported a women's cooperative in Popular "
      "(Comuna 1) with its application for a bakery and catering business.",
    c=-330, h=[("preparing", -300), ("applied", -261), ("lost", -195)],
    n=[(-190, CATA, "IAF reduced its Colombia portfolio; no new grants this year.")])

# ----- Awards and prizes --------------------------------------------------------------------------

rec(t="Lee Kuan Yew World City Prize 2028 – nomination",
    k="award", f="Urban Redevelopment Authority / Centre for Liveable Cities", p="Lee Kuan Yew World City Prize", co="SG", a="urban",
    dl=-1, dc=500, am=(300_000, "SGD"), o=LAURA, tg=["visibility", "prize", "nomination"],
    u="https://www.leekuanyewworldcityprize.gov.sg/nominations",
    ct="Prize Secretariat — lkywcp_secretariat@ura.gov.sg",
    d="Biennial prize for cities that show leadership and integrated urban solutions. Medellín won in 2016; "
      "former laureates may be nominated again after ten years. Nomination on the continuity of urban "
      "transformation: Metrocable, library-parks and the Cinturón Verde.\n\n"
      "Needed: nomination form; 20 pages of supporting material; at least two endorsement letters; "
      "photographs with rights cleared.",
    c=-140, h=[("preparing", -100)],
    n=[(-98, LAURA, "Checklist:\n- nomination form\n- 20 pages of supporting material\n- endorsement letters"),
       (-50, LAURA, "Endorsement letters from UN-Habitat and the Área Metropolitana requested."),
       (-33, LAURA, "Only UN-Habitat letter received so far."),
       (-6, LAURA, "Área Metropolitana letter still unsigned; asked the Secretariat for a short extension.")])

rec(t="Guangzhou International Award for Urban Innovation 2026",
    k="award", f="Guangzhou Municipal Government / UCLG / Metropolis", p="Guangzhou Award", co="CN", a="innov",
    dl=-170, dc=-20, am=(20_000, "USD"), pr=35, o=LAURA, tg=["innovation", "visibility", "prize"],
    u="https://www.guangzhouaward.org/",
    ct="Guangzhou Award Secretariat — info@guangzhouaward.org",
    d="Biennial award for urban innovation, co-sponsored by UCLG and Metropolis. Entry: 'Unidades de Vida "
      "Articulada' (UVA), water tanks turned into community centres. Shortlisted among 15 cities; "
      "the jury meets in Guangzhou.",
    c=-230, h=[("preparing", -200), ("applied", -171)],
    n=[(-80, LAURA, "Shortlisted among 15 cities. Presentation at the jury in Guangzhou in December."),
       (-21, LAURA, "Decision postponed to the awards ceremony; the organisers will confirm the new date.")])

rec(t="Dubai International Award for Best Practices to Improve the Living Environment",
    k="award", f="Dubai Municipality / UN-Habitat", p="Dubai International Award for Best Practices", co="AE", a="urban",
    dl=-230, dc=-150, am=(30_000, "USD"), aw=(30_000, "USD"), o=LAURA, tg=["prize", "visibility", "housing"],
    u="https://www.dubaiaward.ae/",
    ct="Dubai Award Secretariat — info@dubaiaward.ae",
    d="Biennial award for best practices, with UN-Habitat. Entry: the PUI Nororiental integral urban "
      "project and its 20-year results.",
    c=-300, h=[("preparing", -260), ("applied", -231), ("won", -149, "Winner in the urban transformation category.")],
    n=[(-145, LAURA, "Prize 30,000 USD; ceremony attended by the director.")])

rec(t="World Smart City Awards – Innovative Idea category",
    k="award", f="Fira Barcelona – Smart City Expo World Congress", p="World Smart City Awards", co="ES", a="innov",
    dl=-90, dc=-12, o=JUANPA, tg=["smart-city", "visibility"],
    u="https://www.smartcityexpo.com/awards/",
    ct="SCEWC Awards — awards@smartcityexpo.com",
    d="Awards presented at Smart City Expo World Congress in Barcelona. Entry: the SIATA early-warning "
      "network for hydro-meteorological risk.",
    c=-130, h=[("applied", -91), ("lost", -11, "Finalist; Innovative Idea award went to Seoul.")],
    n=[(-10, JUANPA, "Good feedback from the jury; reuse the video for the Guangzhou Award presentation.")])

rec(t="Smart City Expo World Congress 2026: Medellín pavilion",
    k="event", f="Fira Barcelona", p="Smart City Expo World Congress", co="ES", a="econ",
    dl=-120, dc=-100, am=(85_000, "EUR"), aw=(85_000, "EUR"), o=JUANPA, tg=["pavilion", "ruta-n", "investment"],
    u="https://www.smartcityexpo.com/",
    ct="SCEWC Exhibitors — exhibitors@smartcityexpo.com",
    d="Shared pavilion with Ruta N and ProColombia at Smart City Expo World Congress (Barcelona, November). "
      "The amount is the city's share of the stand, co-financed by Ruta N.",
    c=-200, h=[("preparing", -170), ("won", -98, "Stand contract signed.")],
    n=[(-18, JUANPA, "Pavilion done: 46 business meetings logged; follow-ups go to Ruta N's CRM.")])

rec(t="SXSW 2027: Medellín innovation showcase",
    k="event", f="SXSW", p="SXSW Conference & Festivals", co="US", a="innov",
    dl=18, dc=70, am=(60_000, "USD"), o=JUANPA, tg=["visibility", "startups", "panel"],
    u="https://www.sxsw.com/conference/",
    ct="SXSW PanelPicker — panelpicker@sxsw.com",
    d="Panel proposal through PanelPicker and a possible showcase of Medellín startups with ProColombia. "
      "Budget is the estimated cost of the delegation and booth share.",
    c=-30, h=[("preparing", -19)],
    n=[(-17, JUANPA, "ProColombia will decide on a Colombia house by mid-December.")])

rec(t="UNESCO Learning City Award 2027",
    k="award", f="UNESCO Institute for Lifelong Learning", p="UNESCO Global Network of Learning Cities", co="DE", a="edu",
    dl=10, dc=270, o=MARIANA, tg=["lifelong-learning", "visibility", "unesco"],
    u="https://www.uil.unesco.org/en/learning-cities/award",
    ct="UIL Learning Cities team — learningcities@unesco.org",
    d="Award for member cities of the Global Network of Learning Cities that show progress in lifelong "
      "learning. Medellín received it in 2017; a new application would present the Escuelas de Música "
      "and adult education in the library-parks. Requires endorsement by the National Commission for UNESCO.",
    c=-40, h=[("preparing", -26)],
    n=[(-24, MARIANA, "National Commission endorsement takes two weeks — request it now."),
       (-3, MARIANA, "Endorsement request sent to Cancillería; answer pending.")])

rec(t="UNESCO Creative Cities Network: Ciudad creativa de la música – informe de membresía",
    k="other", f="UNESCO", p="Creative Cities Network", co="FR", a="edu",
    dl=-9, o=MARIANA, tg=["unesco", "music", "reporting"],
    u="https://www.unesco.org/en/creative-cities",
    ct="UNESCO Creative Cities Secretariat — creativecities@unesco.org",
    d="Quadrennial membership monitoring report due to UNESCO's Creative Cities Network. Not funding, but "
      "failing to report puts the designation at risk. Needs inputs from the Secretaría de Cultura Ciudadana.",
    c=-75, h=[("preparing", -60)],
    n=[(-58, MARIANA, "Template downloaded. Sections: activities, impact, action plan for next four years."),
       (-45, MARIANA, "Cultura Ciudadana owes the activity list."),
       (-11, MARIANA, "Activity list received; report about 70% done.")])

rec(t="UNESCO International Fund for Cultural Diversity (IFCD)",
    k="grant", f="UNESCO", p="International Fund for Cultural Diversity", co="FR", a="edu",
    dl=120, dc=330, am=(100_000, "USD"), o=MARIANA, tg=["culture", "creative-industries", "unesco"],
    u="https://www.unesco.org/creativity/en/ifcd",
    ct="IFCD Secretariat — ifcd.convention2005@unesco.org",
    d="Grants for projects that strengthen cultural and creative industries in developing countries. "
      "Possible project: business skills for independent music labels in Medellín.",
    c=-3)

# ----- Scholarships and exchanges --------------------------------------------------------------------

rec(t="Fulbright Colombia: Líderes del sector público – maestría en EE. UU.",
    k="scholarship", f="Comisión Fulbright Colombia", p="Fulbright Public Sector Leaders", co="US", a="edu",
    dl=-2, dc=120, am=(80_000, "USD"), o=MARIANA, tg=["masters", "usa", "officials"],
    u="https://www.fulbright.edu.co/becas/",
    ct="Comisión Fulbright Colombia — info@fulbright.edu.co",
    d="Scholarship for Colombian public officials to study a master's degree in the United States, "
      "with the commitment to return to public service. The agency helps two candidates from Planeación.",
    c=-80, h=[("preparing", -50)],
    n=[(-48, MARIANA, "TOEFL scores arrive late for one candidate; Fulbright accepts them up to a week after."),
       (-8, MARIANA, "Reference letters: one missing from the Director de Planeación.")])

rec(t="DAAD EPOS: Development-related postgraduate courses in urban planning",
    k="scholarship", f="DAAD", p="EPOS – Development-Related Postgraduate Courses", co="DE", a="urban",
    dl=-50, dc=60, am=(45_000, "EUR"), o=MARIANA, tg=["masters", "germany", "urban-planning"],
    u="https://www.daad.de/en/study-and-research-in-germany/scholarships/epos/",
    ct="DAAD Bogotá — info@daad.co",
    d="Scholarships for professionals from developing countries in postgraduate courses such as Urban "
      "Management (TU Berlin) or SPRING (TU Dortmund). Two planners from the Departamento Administrativo "
      "de Planeación applied.",
    c=-110, h=[("preparing", -85), ("applied", -51)],
    n=[(-49, MARIANA, "Applications go straight to the universities; DAAD Bogotá only advises.")])

rec(t="Fundación Carolina: Becas de postgrado 2027",
    k="scholarship", f="Fundación Carolina", p="Becas de Postgrado", co="ES", a="edu",
    dl=30, dc=150, am=(22_000, "EUR"), o=MARIANA, tg=["masters", "spain", "officials"],
    u="https://gestion.fundacioncarolina.es/programas/",
    ct="Fundación Carolina — becas@fundacioncarolina.es",
    d="Postgraduate scholarships in Spain for Ibero-American students. Promotion among young officials "
      "of Educación and Cultura; the agency reviews motivation letters.",
    c=-15, n=[(-14, MARIANA, "Call published; info session with Talento Humano on 10 December.")])

rec(t="OAS Partnerships Program for Education and Training (PAEC) – smart cities",
    k="scholarship", f="Organization of American States", p="PAEC", co="US", a="innov",
    dl=-150, dc=-100, am=(15_000, "USD"), o=MARIANA, tg=["online", "oas"],
    u="https://www.oas.org/en/scholarships/",
    ct="OAS Department of Human Development — scholarships@oas.org",
    d="Partial scholarships for online master's programmes offered by partner universities. "
      "One official in the Secretaría de Innovación Digital applied.",
    c=-200, h=[("applied", -151), ("lost", -98, "Candidate not selected.")])

rec(t="ICETEX: Becas de cooperación internacional para servidores públicos",
    k="scholarship", f="ICETEX", p="Becas internacionales", co="CO", a="edu",
    dl=60, am=(12_000_000, "COP"), o=MARIANA, tg=["colombia", "officials", "short-courses"],
    u="https://web.icetex.gov.co/becas/becas-para-estudios-en-el-exterior",
    ct="ICETEX Becas Internacionales — becas@icetex.gov.co",
    d="ICETEX relays short-course scholarships offered by foreign governments (India ITEC, Israel MASHAV, "
      "Egypt). The amount is the ICETEX support for tickets per official.",
    c=-6)

rec(t="Chevening Fellowship: Cyber security policy for cities",
    k="scholarship", f="UK Foreign, Commonwealth & Development Office", p="Chevening Fellowships", co="GB", a="peace",
    dl=-400, dc=-360, am=(25_000, "GBP"), o=JUANPA, tg=["cyber", "uk"],
    u="https://www.chevening.org/fellowships/",
    ct="Chevening Secretariat — fellowships@chevening.org",
    d="Short fellowship at Cranfield University on cyber security policy. Dropped: the candidate left the "
      "city administration before the interview.",
    c=-420, h=[("applied", -401), ("dropped", -370, "Candidate resigned from the administration.")])

# ----- Colombia -----------------------------------------------------------------------------------

rec(t="APC-Colombia: Cooperación Sur-Sur con Costa Rica en gestión de residuos",
    k="technical", f="APC-Colombia", p="Cooperación Sur-Sur", co="CO", a="urban",
    dl=-100, dc=-40, am=(85_000_000, "COP"), aw=(85_000_000, "COP"), o=ANDRES, tg=["south-south", "waste", "costa-rica"],
    u="https://www.apccolombia.gov.co/cooperacion-sur-sur",
    ct="APC-Colombia, Dirección de Oferta — oferta@apccolombia.gov.co",
    d="Colombia–Costa Rica bilateral programme: Medellín shares its experience in recycler inclusion with "
      "San José, and learns about Costa Rica's composting of organic waste. APC pays travel.",
    c=-180, h=[("preparing", -140), ("applied", -101), ("won", -39)],
    n=[(-37, ANDRES, "Approved in the joint commission; two missions each way in 2027.")])

rec(t="MinCiencias: Convocatoria de ciudades inteligentes y sostenibles",
    k="grant", f="Ministerio de Ciencia, Tecnología e Innovación", p="Sistema General de Regalías – CTeI", co="CO", a="innov",
    dl=-30, dc=40, am=(4_500_000_000, "COP"), o=LAURA, tg=["colombia", "regalías", "universities"],
    u="https://minciencias.gov.co/convocatorias",
    ct="MinCiencias, Convocatorias — atencionalciudadano@minciencias.gov.co",
    d="Royalties-funded call for science, technology and innovation projects. Consortium of Universidad "
      "de Antioquia, ITM and the city on sensor networks for air quality in schools. Not international, "
      "but tracked here because it co-finances the Horizon Europe proposal.",
    c=-140, h=[("preparing", -100), ("applied", -31)],
    n=[(-29, LAURA, "Submitted on SIGP. Co-finances the Horizon twinning if both go through.")])

rec(t="iNNpulsa Colombia: Aldea – escalamiento de emprendimientos",
    k="grant", f="iNNpulsa Colombia", p="Aldea", co="CO", a="econ",
    dl=-60, am=(800_000_000, "COP"), o=CATA, tg=["colombia", "startups", "ruta-n"],
    u="https://www.innpulsacolombia.com/aldea",
    ct="iNNpulsa Colombia — info@innpulsacolombia.com",
    d="iNNpulsa's programme for high-impact startups. The city considered co-funding a Medellín cohort; "
      "dropped when iNNpulsa opened the programme nationally without regional cohorts.",
    c=-160, h=[("preparing", -120), ("dropped", -65)])

rec(t="Hermanamiento Medellín–Hamamatsu: renovación del acuerdo de ciudades hermanas",
    k="other", f="Hamamatsu City", p="Sister-city agreement", co="JP", a="edu",
    dl=75, o=ANDRES, tg=["sister-city", "japan", "protocol"],
    u="https://www.city.hamamatsu.shizuoka.jp/kokusai/",
    ct="Hamamatsu City International Affairs Division — kokusai@city.hamamatsu.shizuoka.jp",
    d="Renewal of the sister-city agreement, focused on music education (Hamamatsu is a UNESCO City of "
      "Music) and the Colombian community in Shizuoka. Needs a Concejo de Medellín authorisation.",
    c=-65, h=[("preparing", -40)],
    n=[(-38, ANDRES, "Draft text agreed with Hamamatsu; goes to Secretaría General for the Concejo."),
       (-12, ANDRES, "Concejo session scheduled for February; the renewal would be signed in March.")])

rec(t="Dutch embassy study tour: water squares and climate adaptation in Rotterdam",
    k="other", f="Embassy of the Kingdom of the Netherlands", p="Partners for Water", co="NL", a="urban",
    dl=-65, dc=-45, am=(25_000, "EUR"), aw=(25_000, "EUR"), o=CATA, tg=["study-tour", "water", "netherlands"],
    u="https://www.netherlandsandyou.nl/your-country-and-the-netherlands/colombia",
    ct="Embassy of the Netherlands in Bogotá — bog@minbuza.nl",
    d="Study tour for four officials (EPM, DAGRD, Planeación) to Rotterdam's water squares and the Delta "
      "programme, paid by the embassy. Follow-up could be a Dutch Risk Reduction team mission.",
    c=-120, h=[("applied", -66), ("won", -44)],
    n=[(-20, CATA, "Tour done. Report to the Secretaría de Infraestructura; DRR-Team request next.")])

rec(t="Donación de equipos de cómputo para bibliotecas (Embajada de Corea)",
    k="other", f="Embassy of the Republic of Korea", p="Information Access Center", co="KR", a="incl",
    dl=25, am=(50_000_000, "KRW"), o=ANDRES, tg=["donation", "libraries", "digital", "korea"],
    u="https://overseas.mofa.go.kr/co-es/index.do",
    ct="Embassy of Korea in Colombia, Cooperation — colombia@mofa.go.kr",
    d="In-kind donation of 60 computers for the Sistema de Bibliotecas Públicas. The embassy needs a "
      "list of recipient libraries and an acceptance letter from the donations committee.",
    c=-28, h=[("preparing", -20)],
    n=[(-19, ANDRES, "Donations committee meets on 7 December.")])

rec(t="IDRC: Jóvenes, violencia urbana y empleo – convocatoria de investigación",
    k="grant", f="International Development Research Centre", p="Democratic and Inclusive Governance", co="CA", a="peace",
    dl=82, dc=260, am=(600_000, "CAD"), o=JUANPA, tg=["research", "youth", "violence-prevention"],
    u="https://idrc-crdi.ca/en/funding",
    ct="IDRC Latin America Regional Office — lacro@idrc.ca",
    d="Research call on pathways out of urban violence through employment for young people. A consortium "
      "of Universidad de Antioquia and a Canadian university would apply; the city offers data and the "
      "'Parceros' programme as research site.",
    c=-22, n=[(-21, JUANPA, "UdeA's Instituto de Estudios Políticos is interested; first call on 3 December.")])

rec(t="OAS: Concurso de buenas prácticas en prevención del delito y convivencia",
    k="award", f="Organization of American States", p="Secretariat for Multidimensional Security", co="US", a="peace",
    dl=0, dc=60, am=(10_000, "USD"), o=JUANPA, tg=["violence-prevention", "visibility"],
    u="https://www.oas.org/ext/en/security/",
    ct="OAS Department of Public Security — dps@oas.org",
    d="Regional contest of good practices in crime prevention and coexistence. Candidate practice: the "
      "'Jóvenes por la Vida' programme of conflict mediation in schools.",
    c=-13, h=[("preparing", -6)],
    n=[(-5, JUANPA, "Form is short; needs indicators of the last two years from the Observatorio de Seguridad.")])

rec(t="EU Urban Agenda Partnerships: Latin American observer on housing",
    k="technical", f="European Commission", p="Urban Agenda for the EU", co="EU", a="urban",
    dl=-320, o=LAURA, tg=["housing", "eu"],
    u="https://futurium.ec.europa.eu/en/urban-agenda",
    ct="Urban Agenda for the EU Secretariat — urban-agenda@ec.europa.eu",
    d="Explored whether non-EU cities could observe the housing partnership. Dropped: observers must be "
      "EU-based organisations.",
    c=-350, h=[("dropped", -318, "Not open to non-EU cities.")])

rec(t="Wuppertal Institute / BMUV: Urban Living Labs for climate – Medellín participation",
    k="technical", f="German Federal Ministry for the Environment (IKI)", p="International Climate Initiative (IKI)", co="DE", a="innov",
    dl=-45, dc=-5, am=(350_000, "EUR"), o=LAURA, tg=["climate", "living-labs", "germany"],
    u="https://www.international-climate-initiative.com/en/",
    ct="IKI Small Grants — iki-smallgrants@giz.de",
    d="IKI small-grants round for local climate projects. A German research institute proposed Medellín "
      "as one of three living-lab cities; the city signed a letter of intent.",
    c=-100, h=[("applied", -46), ("lost", -4, "IKI chose cities in Africa this round.")],
    n=[(-3, LAURA, "Letter received today. Keep the institute's contact for Horizon Europe.")])

rec(t="Cooperación triangular España–Colombia–Honduras: Modelo de Escuelas de Música",
    k="alliance", f="AECID", p="Cooperación Triangular", co="ES", a="edu",
    dl=55, dc=140, am=(90_000, "EUR"), o=MARIANA, tg=["triangular", "music", "honduras"],
    u="https://www.aecid.es/cooperacion-triangular",
    ct="AECID Oficina Técnica de Cooperación en Colombia — otc.colombia@aecid.es",
    d="Triangular cooperation in which Medellín transfers its Red de Escuelas de Música model to "
      "Tegucigalpa with AECID funding. APC-Colombia must include it in the bilateral programme.",
    c=-50, n=[(-49, MARIANA, "Tegucigalpa's culture office is enthusiastic; AECID wants APC's endorsement first.")],
    up=-10)

rec(t="World Cities Summit Mayors Forum 2027 (Singapore)",
    k="event", f="Centre for Liveable Cities", p="World Cities Summit Mayors Forum", co="SG", a="urban",
    dl=140, am=(15_000, "SGD"), o=LAURA, tg=["mayor", "visibility", "singapore"],
    u="https://www.worldcitiessummit.com.sg/",
    ct="World Cities Summit Secretariat — wcs@cities.gov.sg",
    d="Invitation-only forum of mayors, held alongside the Lee Kuan Yew World City Prize. Former laureates "
      "are usually invited; budget covers the mayor's delegation.",
    c=-1)


# ---------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------

def make_id(title):
    """Eight Crockford base-32 characters from the title's SHA-256: stable and random-looking."""
    n = int.from_bytes(hashlib.sha256(title.encode("utf-8")).digest()[:5], "big")
    return "".join(ALPHABET[(n >> (5 * i)) & 31] for i in range(8))


def day(offset):
    return ANCHOR + dt.timedelta(days=offset)


def stamp(seconds):
    return (dt.datetime(1970, 1, 1) + dt.timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch(d):
    return (d - dt.date(1970, 1, 1)).days * 86400


def money(m):
    value, cur = m
    assert isinstance(value, int) and len(cur) == 3
    return {"value": value, "currency": cur}


def build(r):
    rng = random.Random(r["t"])
    owner = r["o"]
    assert owner in TEAM, owner
    created_day = r["c"]
    moves = r.get("h", [])
    notes = r.get("n", [])

    # Events in time order: creation, then moves and notes by day (moves first on a tie).
    events = [(created_day, 0, "created", None)]
    for i, mv in enumerate(moves):
        events.append((mv[1], 1, "move", i))
    for i, nt in enumerate(notes):
        events.append((nt[0], 2, "note", i))
    events.sort(key=lambda e: (e[0], e[1], e[3] or 0))

    # Office hours in Medellín (UTC-5): 08:00-17:59 local = 13:00-22:59 UTC.
    times = {}
    last = None
    for dday, _, what, i in events:
        t = epoch(day(dday)) + rng.randint(13 * 3600, 21 * 3600) + rng.randint(0, 59)
        if last is not None and t <= last:
            t = last + rng.randint(300, 3600)
        assert (t - epoch(day(dday))) < 86400 - 3600 or dday > created_day, r["t"]
        times[(what, i)] = t
        last = t
    end = last
    if "up" in r:
        end = max(end, epoch(day(r["up"])) + rng.randint(13 * 3600, 22 * 3600))

    history = []
    stage = "identified"
    for i, mv in enumerate(moves):
        to = mv[0]
        assert to in STAGES and to != stage, (r["t"], stage, to)
        e = {"from": stage, "to": to, "at": stamp(times[("move", i)]), "by": mv[3] if len(mv) > 3 else owner}
        if len(mv) > 2 and mv[2]:
            e["note"] = mv[2]
        history.append(e)
        stage = to

    out = {"id": make_id(r["t"]), "title": r["t"], "kind": r["k"], "stage": stage}
    assert r["k"] in KINDS
    for key, src in (("funder", "f"), ("program", "p"), ("country", "co")):
        if r.get(src):
            out[key] = r[src]
    out["area"] = AREA[r["a"]]
    if "dl" in r:
        out["deadline"] = day(r["dl"]).isoformat()
    if "dc" in r:
        out["decision"] = day(r["dc"]).isoformat()
    if "am" in r:
        out["amount"] = money(r["am"])
    if "aw" in r:
        out["awarded"] = money(r["aw"])
    if "pr" in r:
        out["probability"] = r["pr"]
    out["owner"] = owner
    text = r["t"] + " " + r.get("d", "")
    named = [b for b in NAMED_BODIES if b in text]
    out["beneficiary"] = ("Secretaría de Educación — Buen Comienzo" if named and named[0] == "Buen Comienzo"
                          else named[0] if named else BENEFICIARY[r["a"]])
    if r.get("tg"):
        out["tags"] = r["tg"]
    if r.get("u"):
        out["url"] = r["u"]
    if r.get("ct"):
        out["contact"] = r["ct"]
    if r.get("d"):
        out["description"] = r["d"]
    if notes:
        out["notes"] = [{"at": stamp(times[("note", i)]), "by": n[1], "text": n[2]} for i, n in enumerate(notes)]
    if history:
        out["history"] = history
    out["created"] = stamp(times[("created", None)])
    out["updated"] = stamp(end)
    if "src" in r:
        out["source"] = {"system": r["src"][0], "id": r["src"][1]}

    # Sanity: won ones carry what was awarded; closed ones were decided in the past.
    if stage == "won":
        assert "awarded" in out, r["t"]
    if stage in ("won", "lost"):
        assert out.get("decision", "0") <= ANCHOR.isoformat(), r["t"]
    if stage in ("won", "lost", "applied") and "deadline" in out:
        assert out["deadline"] <= ANCHOR.isoformat(), r["t"]
    return out


# ----- Team data: the reporting currency, dated rates, saved views -------------------------
# Written after the records, as a compacted file holds them (docs/file-format.md, "Team lines
# in the snapshot"). Rates are units of COP per unit, quoted on the Friday before the anchor
# (DemoData shifts their dates with everything else).

REPORTING = "COP"
RATES_DAY = -2
RATES = {  # COP per unit, late 2026
    "CAD": "2870.55", "EUR": "4420.15", "GBP": "5180.3", "JPY": "26.35", "KRW": "2.87",
    "SGD": "3045.1", "USD": "3950.4",
}
VIEWS = [  # name, query, sort, columns, screen (sorted by name when written)
    ("Awaiting decision", "stage:applied (decision<=14d OR decision<today)", "deadline", None, None),
    ("Due this week", "due<7d is:open", "deadline", None, None),
    ("My open calls", "owner:me is:open", "deadline", None, None),
    ("Stale", "is:stale", "updated", None, None),
    ("Won this year", "stage:won decision:thisyear", "amount:desc",
     ["id", "title", "funder", "amount", "owner"], None),
]


def team_lines():
    out = [{"reporting": REPORTING}]
    day = (ANCHOR + dt.timedelta(days=RATES_DAY)).isoformat()
    for code in sorted(RATES):
        out.append({"rate": code, "value": float(RATES[code]) if "." in RATES[code] else int(RATES[code]),
                    "date": day})
    for name, query, sort, columns, screen in sorted(VIEWS, key=lambda v: v[0].lower()):
        v = {"view": name, "query": query}
        if sort:
            v["sort"] = sort
        if columns:
            v["columns"] = columns
        if screen:
            v["screen"] = screen
        out.append(v)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "Resources", "demo.jsonl")
    records = [build(r) for r in R]
    ids = [o["id"] for o in records]
    assert len(set(ids)) == len(ids), "id collision"
    records.sort(key=lambda o: o["id"])
    currencies = {o[k]["currency"] for o in records for k in ("amount", "awarded") if k in o}
    assert currencies - {REPORTING} <= set(RATES), "a demo currency without a rate"
    header = {"format": "convoca", "version": 2, "demoAnchor": ANCHOR.isoformat()}
    lines = [json.dumps(header, ensure_ascii=False, separators=(",", ":"))]
    lines += [json.dumps(o, ensure_ascii=False, separators=(",", ":")) for o in records]
    lines += [json.dumps(t, ensure_ascii=False, separators=(",", ":")) for t in team_lines()]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(records)} records to {os.path.normpath(path)}", file=sys.stderr)


if __name__ == "__main__":
    main()
