#!/usr/bin/env python3
"""Writes Resources/demo.jsonl, the bundled demo data of Convoca.

The demo portrays the international-cooperation team of a city agency modelled on
ACI Medellín: about a hundred calls (grants, scholarships, awards, networks, events,
alliances, technical assistance, other) across the agency's strategic lines, at every
stage of the pipeline, with notes and stage histories spread over the past year. It reads in
both languages: most calls are written in Spanish, as the agency tracks them (titles,
descriptions, notes), beside international ones in English.

Every date is written relative to ANCHOR (recorded in the header as `demoAnchor`);
`DemoData.records(shiftedTo:)` moves them all so that "today" falls where the anchor was.

The output is deterministic: ids and times of day are derived from each record's title (or seed),
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
#   n notes [(day, by, text)], up an extra "last edited" day, src (system, id),
#   seed the text the id and the times of day derive from when it is not the title (a call
#   reworded in Spanish keeps the id and times it had, so ids quoted in docs and tests stay).
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
    k="grant", f="European Education and Culture Executive Agency", p="Erasmus+", co="EU", a="edu", dl=68, dc=245, am=(780_000, "EUR"), pr=40, o=MARIANA, tg=["universities", "eafit", "udea", "consortium"],
    u="https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-2/capacity-building-higher-education",
    ct="Erasmus+ National Focal Point Colombia — erasmusplus@icetex.gov.co",
    d="Proyecto de la línea 2 con la Universidad EAFIT, la Universidad de Antioquia y el Politécnico "
      "Jaime Isaza Cadavid para crear un módulo conjunto de maestría en innovación urbana. Socios "
      "europeos: Politecnico di Milano y Universidad Politécnica de Madrid. La ciudad es socia asociada "
      "y anfitriona de laboratorios vivos con estudiantes.",
    c=-95, h=[("preparing", -30, "EAFIT confirmada como solicitante; nosotros somos socios asociados.")],
    n=[(-90, MARIANA, "El cierre suele ser a mediados de febrero (17:00 de Bruselas). Presupuesto por suma global."),
       (-28, MARIANA, "Se pidió la carta de apoyo de la Secretaría de Educación."),
       (-4, ANDRES, "El Politecnico di Milano envió su número PIC y los costos de personal.")], src=("eu-funding-tenders", "ERASMUS-EDU-2027-CBHE"))

rec(t="Euroclima – Movilidad urbana sostenible para el Valle de Aburrá",
    k="grant", f="European Union / AFD", p="Euroclima", co="EU", a="urban", dl=-300, dc=-230, am=(450_000, "EUR"), aw=(410_000, "EUR"), o=CATA, tg=["climate", "mobility", "electric-buses"],
    u="https://www.euroclima.org/convocatorias",
    ct="Euroclima programme office — movilidad@euroclima.org",
    d="La ventana de movilidad urbana sostenible de Euroclima financia asistencia técnica y pilotos que "
      "reducen las emisiones del transporte. El proyecto apoya la electrificación de rutas "
      "alimentadoras de buses y la integración del sistema de bicicletas EnCicla con el Metro.",
    c=-365, h=[("preparing", -340), ("applied", -301), ("won", -228, "Convenio de subvención firmado con la AFD como agencia ejecutora.", LAURA)],
    n=[(-299, CATA, "Enviada con el Metro de Medellín como socio técnico."),
       (-226, CATA, "Otorgados 410.000 EUR (recorte en la línea de comunicaciones)."),
       (-60, CATA, "Primer informe de avance enviado; el próximo desembolso, en el primer trimestre.")])

rec(t="AL-INVEST Verde: transición verde para pequeñas empresas de Medellín", seed="EU AL-INVEST Verde – green transition for small businesses in Medellín",
    k="grant", f="European Union", p="AL-INVEST Verde", co="EU", a="econ", dl=12, dc=95, am=(300_000, "EUR"), o=CATA, tg=["smes", "circular-economy", "cámara-de-comercio"],
    u="https://alinvest-verde.eu/convocatorias",
    ct="AL-INVEST Verde — convocatorias@alinvest-verde.eu",
    d="Convocatoria para organizaciones de apoyo empresarial que ayuden a las pymes a adoptar prácticas "
      "circulares y bajas en carbono. Lideraría la Cámara de Comercio de Medellín para Antioquia; la "
      "ciudad aporta como red de difusión los Centros de Desarrollo Empresarial Zonal (CEDEZO).",
    c=-47, h=[("preparing", -33)],
    n=[(-45, CATA, "El solicitante debe ser un gremio empresarial; nosotros apoyamos como socio."),
       (-6, CATA, "La Cámara de Comercio tiene el borrador; necesita nuestra carta de cofinanciación (10 % en especie).")])

rec(t="Fondo Europeo para la Paz: reincorporación y paz rural en los corregimientos", seed="EU Trust Fund for Colombia: reincorporation and rural peace in the corregimientos",
    k="grant", f="European Union", p="Fondo Europeo para la Paz", co="EU", a="peace", dl=-150, dc=-60, am=(1_200_000, "EUR"), o=JUANPA, tg=["peace", "rural", "corregimientos"],
    u="https://www.fondoeuropeoparalapaz.eu/convocatorias/",
    ct="Fondo Europeo para la Paz — info@fondoeuropeoparalapaz.eu",
    d="Convocatoria para proyectos de gobiernos locales que apoyen a firmantes de paz y comunidades de "
      "acogida en zonas rurales. La propuesta cubría proyectos productivos en San Cristóbal y Santa "
      "Elena. Buena puntuación en pertinencia, pero por debajo del umbral en sostenibilidad.",
    c=-240, h=[("preparing", -200), ("applied", -151), ("lost", -58, "No seleccionada: 71/100, umbral 75.")],
    n=[(-57, JUANPA, "Llegó el resumen de la evaluación. Puntos débiles: estrategia de salida y cofinanciación municipal."),
       (-40, LAURA, "Reutilizar la propuesta para la línea ProPaz de la GIZ el año próximo.")])

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
    k="grant", f="JICA", p="JICA Partnership Program (Grassroots)", co="JP", a="incl", dl=95, dc=270, am=(60_000_000, "JPY"), o=ANDRES, tg=["disability", "employment", "japanese-ngo"],
    u="https://www.jica.go.jp/english/our_work/types_of_assistance/citizen/partner.html",
    ct="JICA Partnership Program desk — jicapp@jica.go.jp",
    d="Proyecto comunitario de tres años propuesto por una ONG japonesa con la ciudad como contraparte: "
      "acompañamiento laboral y puestos de trabajo accesibles para personas con discapacidad. JICA "
      "exige que postule la organización japonesa; la ciudad firma una carta de contraparte.",
    c=-25,
    n=[(-25, ANDRES, "La ONG japonesa 'Kyōsei Net' nos contactó a través de la embajada. La convocatoria abre en febrero.")])

rec(t="Voluntarios JICA (JOCV) para la educación ambiental en Parques del Río", seed="JICA Volunteers (JOCV) for Parques del Río environmental education",
    k="other", f="JICA", p="Japan Overseas Cooperation Volunteers", co="JP", a="edu", dl=-180, dc=-120, am=(9_600_000, "JPY"), aw=(9_600_000, "JPY"), o=ANDRES, tg=["volunteers", "environment"],
    u="https://www.jica.go.jp/english/our_work/types_of_assistance/citizen/volunteers.html",
    ct="JICA Colombia volunteer coordinator — jicavolunteer-co@jica.go.jp",
    d="Solicitud de dos voluntarios japoneses (educadores ambientales) para apoyar durante dos años el "
      "programa de visitantes de Parques del Río. La ciudad aporta el espacio de trabajo y el "
      "transporte local. El monto es el costo anual estimado por JICA para los voluntarios.",
    c=-230, h=[("applied", -181), ("won", -118, "Dos voluntarios asignados; llegan en enero.")],
    n=[(-110, ANDRES, "El auxilio de vivienda lo paga JICA; nosotros solo confirmamos el lugar de trabajo y un tutor de español.")])

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

rec(t="Proyecto KOICA: gestión inteligente del tránsito en el Valle de Aburrá", seed="KOICA project: Intelligent transport management for the Valle de Aburrá",
    k="technical", f="KOICA", p="Development Cooperation Projects", co="KR", a="urban", dl=-60, dc=45, am=(4_200_000_000, "KRW"), pr=60, o=ANDRES, tg=["mobility", "its", "korea", "multi-year"],
    u="https://www.koica.go.kr/koica_en/",
    ct="KOICA Colombia Office — colombia@koica.go.kr",
    d="Nota conceptual para una cooperación técnica de cuatro años en control adaptativo de semáforos y "
      "un centro de datos de movilidad, con base en la experiencia coreana de Seúl y Bucheon. KOICA "
      "elige los proyectos de la lista de prioridades del Gobierno nacional (APC-Colombia), así que el "
      "concepto debe tener el aval del Departamento Nacional de Planeación.",
    c=-210, h=[("preparing", -170), ("applied", -61, "Nota conceptual enviada a la Embajada de Corea a través de APC.")],
    n=[(-165, ANDRES, "La Embajada de Corea sugiere mantener la solicitud alrededor de USD 3 millones."),
       (-59, ANDRES, "El aval del DNP llegó el mismo día. La misión de factibilidad podría venir en febrero."),
       (-14, LAURA, "KOICA pidió los aforos vehiculares de los últimos 3 años. La Secretaría de Movilidad los está reuniendo.")])

rec(t="Seoul Policy Sharing: intercambio de conocimiento con la Agencia de Soluciones Urbanas de Seúl", seed="Seoul Policy Sharing: Seoul Urban Solutions Agency knowledge exchange",
    k="technical", f="Seoul Urban Solutions Agency", p="Seoul Policy Sharing", co="KR", a="urban", dl=-20, dc=30, am=(120_000_000, "KRW"), o=ANDRES, tg=["korea", "south-south", "waste"],
    u="https://susa.or.kr/en",
    ct="SUSA International Cooperation Team — susa@susa.or.kr",
    d="SUSA comparte las políticas de Seúl mediante proyectos de consultoría. Postulación a un estudio "
      "de factibilidad sobre separación de residuos y centros de reciclaje, con una visita de cuatro "
      "funcionarios a Seúl.",
    c=-70, h=[("preparing", -50), ("applied", -21)],
    n=[(-19, ANDRES, "Enviada con Emvarias (empresa pública de aseo) como contraparte técnica.")])

rec(t="Voluntarios KOICA World Friends: docentes para el programa Medellín Digital", seed="KOICA World Friends volunteers – teachers for the Medellín Digital programme",
    k="other", f="KOICA", p="World Friends Korea", co="KR", a="edu", dl=-280, o=ANDRES, tg=["volunteers", "digital"],
    u="https://www.koica.go.kr/koica_en/",
    ct="KOICA Colombia Office — colombia@koica.go.kr",
    d="Solicitud de voluntarios coreanos para enseñar programación en bibliotecas públicas. Descartada "
      "cuando KOICA trasladó su programa de voluntariado en Colombia solo a zonas rurales.",
    c=-320, h=[("preparing", -300), ("dropped", -270, "Los voluntarios de KOICA ahora solo van a municipios rurales.")])

rec(t="Japan Foundation grant for cultural exchange: Festival Internacional de Tango",
    k="grant", f="The Japan Foundation", p="Grant Program for Arts and Cultural Exchange", co="JP", a="edu", dl=-35, dc=75, am=(2_500_000, "JPY"), o=MARIANA, tg=["culture", "music", "japan"],
    u="https://www.jpf.go.jp/e/project/culture/exchange/",
    ct="The Japan Foundation, Arts and Culture Department — arts@jpf.go.jp",
    d="Apoyo para que una orquesta de tango japonesa se presente en el Festival Internacional de Tango "
      "de Medellín y dicte talleres en las Escuelas de Música. La fundación cubre los viajes "
      "internacionales.",
    c=-90, h=[("preparing", -60), ("applied", -36)],
    n=[(-34, MARIANA, "La productora del festival envió la solicitud con nuestra carta de apoyo.")])

# ----- Spain, Germany, France, UK ---------------------------------------------------------------

rec(t="AECID: Convocatoria de Innovación para el Desarrollo 2026",
    k="grant", f="AECID", p="Acción Exterior – Innovación para el Desarrollo", co="ES", a="innov", dl=-210, dc=-130, am=(200_000, "EUR"), aw=(185_000, "EUR"), o=LAURA, tg=["innovation", "ruta-n", "spain"],
    u="https://www.aecid.es/convocatorias-de-innovacion",
    ct="AECID, Unidad de Innovación — innovacion@aecid.es",
    d="Convocatoria de innovación para el desarrollo que financia pilotos para escalar soluciones "
      "probadas. El proyecto, con Ruta N, prueba un mercado digital que conecta a recicladores de "
      "oficio con empresas que compran materiales.",
    c=-290, h=[("preparing", -260), ("applied", -211), ("won", -128, "Publicada la resolución de concesión: 185.000 EUR.")],
    n=[(-255, LAURA, "Se exige un socio español: ¿Fundación ONCE? No: aceptó el itdUPM."),
       (-125, LAURA, "Reducida de 200.000: la evaluación recortó la línea de viajes."),
       (-30, CATA, "El informe técnico de medio término vence en febrero.")])

rec(t="AECID INTERCOONECTA: Seminario de seguridad ciudadana y convivencia",
    k="technical", f="AECID", p="INTERCOONECTA", co="ES", a="peace", dl=2, dc=35, o=JUANPA, tg=["training", "cartagena", "spain"],
    u="https://intercoonecta.aecid.es/",
    ct="Centro de Formación de la Cooperación Española en Cartagena de Indias — cfce.cartagena@aecid.es",
    d="Seminario técnico de una semana en Cartagena de Indias sobre políticas locales de seguridad "
      "ciudadana y convivencia. AECID cubre alojamiento y alimentación; los participantes pagan el "
      "viaje. La Secretaría de Seguridad y Convivencia de Medellín podría presentar la estrategia "
      "'Entornos protectores'.",
    c=-16, h=[("preparing", -9)],
    n=[(-8, JUANPA, "Dos candidatos; el formulario en línea necesita la firma del jefe inmediato.")])

rec(t="Cooperación descentralizada Medellín–Barcelona: barrios y espacio público",
    k="alliance", f="Ajuntament de Barcelona", p="Cooperació per a la Justícia Global", co="ES", a="urban", dl=-110, dc=-50, am=(150_000, "EUR"), o=LAURA, tg=["city-to-city", "public-space", "barcelona"],
    u="https://ajuntament.barcelona.cat/relacionsinternacionalsicooperacio/",
    ct="Direcció de Justícia Global i Cooperació Internacional — cooperacio@bcn.cat",
    d="La cooperación descentralizada de Barcelona financia proyectos conjuntos con ciudades socias. "
      "Propuesta de mejoramiento participativo del espacio público en la Comuna 13 y la Comuna 8, a "
      "partir de la experiencia de las 'superilles' de Barcelona.",
    c=-200, h=[("preparing", -160), ("applied", -111), ("lost", -48, "Barcelona priorizó este año ciudades centroamericanas.")],
    n=[(-45, LAURA, "Retroalimentación: propuesta sólida; nos invitan a postular de nuevo en 2027.")])

rec(t="GIZ ProPaz II: Apoyo a la construcción de paz en Antioquia",
    k="technical", f="GIZ", p="ProPaz II", co="DE", a="peace", dl=-30, dc=20, o=JUANPA, tg=["peace", "reconciliation", "germany"],
    u="https://www.giz.de/en/worldwide/colombia.html",
    ct="GIZ Colombia, ProPaz II — propaz@giz.de",
    d="ProPaz II ofrece apoyo técnico a las entidades territoriales en justicia transicional, "
      "reconciliación y participación de las víctimas. Solicitud de apoyo al Museo Casa de la Memoria "
      "para un currículo de reconciliación en los colegios.",
    c=-100, h=[("preparing", -70), ("applied", -31)],
    n=[(-29, JUANPA, "Carta de solicitud firmada por la Secretaría de la No-Violencia."),
       (-5, JUANPA, "La GIZ vendrá el 10 de diciembre a definir el alcance del apoyo.")])

rec(t="develoPPP: Formación técnica en manufactura avanzada con empresas alemanas",
    k="alliance", f="GIZ / DEG", p="develoPPP", co="DE", a="econ", dl=34, dc=150, am=(400_000, "EUR"), o=CATA, tg=["private-sector", "vocational", "germany"],
    u="https://www.developpp.de/en/",
    ct="develoPPP team — developpp@giz.de",
    d="develoPPP cofinancia proyectos del sector privado con beneficio para el desarrollo. Un "
      "fabricante alemán de maquinaria con planta en Rionegro formaría técnicos jóvenes con el SENA; la "
      "ciudad ayuda a convocar en las comunas de bajos ingresos. Postula la empresa; la cofinanciación "
      "pública llega hasta el 50 %.",
    c=-55, h=[("preparing", -15)],
    n=[(-50, CATA, "Contacto en la empresa: director de talento humano para América Latina. El concurso de ideas es trimestral."),
       (-15, CATA, "Borrador del concepto compartido; el SENA acepta certificar el curso.")])

rec(t="Alianzas Municipales por el Clima (Kommunale Klimapartnerschaften) con una ciudad alemana", seed="Municipal Climate Partnerships (Kommunale Klimapartnerschaften) with a German city",
    k="alliance", f="Engagement Global / SKEW", p="Kommunale Klimapartnerschaften", co="DE", a="urban", dl=40, dc=120, o=LAURA, tg=["climate", "city-to-city", "germany"],
    u="https://skew.engagement-global.de/kommunale-klimapartnerschaften.html",
    ct="SKEW — Service Agency Communities in One World — skew@engagement-global.de",
    d="Programa de dos años que empareja municipios alemanes con ciudades del Sur Global para formular "
      "un programa conjunto de acción climática. Medellín pidió ser emparejada con Stuttgart o "
      "Friburgo.",
    c=-230, h=[("applied", -151), ("dropped", -95, "No hay ciudad socia alemana disponible en esta ronda."), ("identified", -24, "Reabierta: SKEW anunció una nueva ronda y Friburgo está interesada."), ("preparing", -14)],
    n=[(-94, LAURA, "SKEW nos mantiene en la lista para la próxima ronda."),
       (-13, LAURA, "Llamada con la oficina de clima de Friburgo; la postulación conjunta vence en enero.")])

rec(t="Connective Cities: comunidad de práctica sobre mejoramiento de asentamientos informales", seed="Connective Cities: Community of practice on informal settlement upgrading",
    k="network", f="GIZ / Engagement Global / Deutscher Städtetag", p="Connective Cities", co="DE", a="urban", am=(6000, "EUR"), aw=(6000, "EUR"), o=CATA, tg=["peer-learning", "informal-settlements"],
    u="https://www.connective-cities.net/en/",
    ct="Connective Cities — info@connective-cities.net",
    d="Comunidad internacional de práctica para el desarrollo urbano sostenible. Los miembros "
      "participan gratis en eventos de diálogo y proyectos de aprendizaje entre pares; el viaje a los "
      "talleres está cubierto (el monto). Buen espacio para presentar los Proyectos Urbanos Integrales "
      "(PUI).",
    c=-140, h=[("won", -130, "Registrada como ciudad miembro.")],
    n=[(-128, CATA, "La membresía es gratuita; el próximo evento de diálogo es sobre asentamientos informales a prueba del clima."),
       (-40, CATA, "Invitados a un taller entre pares en Durban, fechas por confirmar.")])

rec(t="AFD FEXTE: Étude de faisabilité pour le Metrocable de la comuna 8",
    k="technical", f="Agence Française de Développement", p="FEXTE", co="FR", a="urban", dl=-90, dc=15, am=(700_000, "EUR"), o=CATA, tg=["mobility", "cable-car", "feasibility", "france"],
    u="https://www.afd.fr/fr/page-region-pays/colombie",
    ct="AFD Bogotá — afdbogota@afd.fr",
    d="El Fondo de Experticia Técnica e Intercambio de Experiencias (FEXTE) financia estudios de "
      "factibilidad previos a los préstamos de la AFD. Solicitud para estudiar la extensión de la línea "
      "de Metrocable en la Comuna 8 (Villa Hermosa).",
    c=-180, h=[("preparing", -130), ("applied", -91, "Solicitud enviada a la AFD Bogotá con el Metro de Medellín.")],
    n=[(-80, CATA, "La AFD pregunta si la ciudad tomaría después un préstamo con garantía soberana."),
       (-3, CATA, "Decisión esperada en el comité de crédito de la AFD a mediados de diciembre.")])

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

rec(t="UK PACT Colombia: financiamiento climático para la adaptación de la ciudad", seed="UK PACT Colombia: Climate finance for city adaptation",
    k="technical", f="UK Foreign, Commonwealth & Development Office", p="UK PACT", co="GB", a="urban", dl=20, dc=110, am=(250_000, "GBP"), o=CATA, tg=["climate", "adaptation", "uk"],
    u="https://www.ukpact.co.uk/country-programmes/colombia",
    ct="UK PACT Colombia team — colombia@ukpact.co.uk",
    d="UK PACT financia asistencia técnica para la acción climática mediante convocatorias. La "
      "propuesta armaría una cartera de inversiones ajustada al riesgo climático para el Plan de Acción "
      "Climática, con la Universidad Nacional (sede Medellín) como ejecutora.",
    c=-44, h=[("preparing", -26)],
    n=[(-42, CATA, "La ejecutora debe ser una organización registrada; nosotros somos los beneficiarios."),
       (-7, CATA, "La Universidad Nacional confirmó el equipo; presupuesto en GBP, pagado contra entrega.")])

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
    k="grant", f="Inter-American Development Bank", p="IDB Lab", co="US", a="innov", dl=26, dc=140, am=(500_000, "USD"), o=CATA, tg=["circular-economy", "startups", "ruta-n"],
    u="https://bidlab.org/en/calls",
    ct="IDB Lab Colombia — bidlab-co@iadb.org",
    d="La convocatoria de innovación abierta de BID Lab financia pilotos que conectan emprendimientos "
      "con retos públicos. Ruta N haría un reto sobre residuos de construcción; BID Lab exige "
      "contrapartida 1:1.",
    c=-36, h=[("preparing", -22)],
    n=[(-34, CATA, "Contrapartida 1:1: Ruta N puede poner 300.000 USD en especie y en efectivo."),
       (-10, CATA, "Nota técnica con el especialista del BID el 4 de diciembre.")])

rec(t="BID Ciudades Emergentes y Sostenibles: actualización del plan de acción metropolitano de Medellín", seed="IDB Emerging and Sustainable Cities: Medellín metropolitan action plan update",
    k="technical", f="Inter-American Development Bank", p="Ciudades Emergentes y Sostenibles", co="US", a="urban", dl=-140, dc=-80, am=(350_000, "USD"), o=CATA, tg=["planning", "idb"],
    u="https://www.iadb.org/en/urban-development-and-housing/emerging-and-sustainable-cities-program",
    ct="IDB Housing and Urban Development Division — ciudades@iadb.org",
    d="Cooperación técnica no reembolsable para actualizar el diagnóstico de sostenibilidad y el plan "
      "de acción metropolitanos. Descartada cuando el Área Metropolitana asumió la actualización con "
      "presupuesto propio.",
    c=-250, h=[("preparing", -200), ("dropped", -135, "El Área Metropolitana financia la actualización por su cuenta.")])

rec(t="CAF Ciudades con Futuro: Cooperación técnica para espacio público seguro",
    k="technical", f="CAF – Development Bank of Latin America and the Caribbean", p="Ciudades con Futuro", co="LATAM", a="peace", dl=-70, dc=-10, am=(250_000, "USD"), aw=(220_000, "USD"), o=CATA, tg=["public-space", "caf", "lighting"],
    u="https://www.caf.com/es/temas/c/ciudades-con-futuro/",
    ct="CAF Oficina Colombia — colombia@caf.com",
    d="Cooperación técnica no reembolsable para espacios públicos seguros: auditorías de iluminación, "
      "recorridos de seguridad con mujeres y diseño de microintervenciones en seis parques de las "
      "comunas nororientales.",
    c=-160, h=[("preparing", -120), ("applied", -71), ("won", -8, "Aprobada por CAF por 220.000 USD.")],
    n=[(-7, CATA, "Borrador del convenio enviado a Jurídica; la firma se espera en enero.")])

rec(t="CAF: Premio a la innovación en gestión pública local",
    k="award", f="CAF – Development Bank of Latin America and the Caribbean", p="Innovación en Gestión Pública", co="LATAM", a="innov", dl=-200, dc=-140, am=(30_000, "USD"), o=LAURA, tg=["visibility", "govtech"],
    u="https://www.caf.com/es/convocatorias/",
    ct="CAF Innovación Pública — innovacionpublica@caf.com",
    d="Premio regional a las innovaciones de los gobiernos locales. Medellín presentó la plataforma "
      "ciudadana 'Medellín Te Escucha'. No quedó preseleccionada.",
    c=-260, h=[("preparing", -230), ("applied", -201), ("lost", -138)])

rec(t="Banco Mundial, Programa de Ciudades Resilientes: diagnóstico de riesgo urbano por inundaciones", seed="World Bank City Resilience Program: Urban flood risk diagnostic",
    k="technical", f="World Bank", p="City Resilience Program", co="US", a="urban", dl=-40, dc=25, am=(400_000, "USD"), o=CATA, tg=["resilience", "flood", "world-bank"],
    u="https://www.worldbank.org/en/topic/disasterriskmanagement/brief/city-resilience-program",
    ct="World Bank Urban, Resilience and Land — crp@worldbank.org",
    d="El CRP ayuda a las ciudades a preparar inversiones en resiliencia para obtener financiación. "
      "Solicitud de un diagnóstico de riesgo por inundaciones de las quebradas afluentes del río "
      "Medellín y una cartera de obras verdes y grises.",
    c=-130, h=[("preparing", -95), ("applied", -41)],
    n=[(-39, CATA, "Solicitud enviada a través del enlace del Ministerio de Hacienda."),
       (-12, CATA, "El equipo del Banco pide los shapefiles del mapa de inundaciones del DAGRD.")])

rec(t="Gap Fund de financiamiento climático urbano: Corredores Verdes fase II", seed="City Climate Finance Gap Fund: Green corridors phase II",
    k="technical", f="World Bank / EIB / GIZ", p="City Climate Finance Gap Fund", co="INT", a="urban", dl=-220, dc=-160, am=(300_000, "USD"), aw=(300_000, "USD"), o=CATA, tg=["climate", "green-corridors", "gap-fund"],
    u="https://www.citygapfund.org/apply",
    ct="Gap Fund Secretariat — info@citygapfund.org",
    d="El Gap Fund da asistencia técnica temprana para convertir ideas climáticas en proyectos "
      "financiables. Apoyo para el diseño y la estructura financiera de la segunda fase de los "
      "Corredores Verdes.",
    c=-300, h=[("applied", -221, "Expresión de interés enviada en línea."), ("won", -158, "Aprobada; el Banco Mundial asignó un equipo.", LAURA)],
    n=[(-150, CATA, "El Banco contrató al consultor; taller de arranque en Medellín en junio."),
       (-45, CATA, "Llegó el borrador del informe de opciones de financiación; los comentarios vencen el mes próximo.")])

rec(t="Conferencia de Tierras del Banco Mundial 2027: ponencia sobre captura de valor en Medellín", seed="World Bank Land Conference 2027: Paper on value capture in Medellín",
    k="event", f="World Bank", p="Land Conference", co="US", a="econ", dl=-3, dc=45, o=JUANPA, tg=["speaker", "value-capture", "land"],
    u="https://www.worldbank.org/en/events/landconference",
    ct="World Bank Land Conference — landconference@worldbank.org",
    d="Convocatoria de ponencias para la Conferencia de Tierras del Banco Mundial en Washington. "
      "Resumen sobre el uso de la valorización para financiar proyectos urbanos en Medellín, con el "
      "centro de estudios urbanos de EAFIT.",
    c=-45, h=[("preparing", -30)],
    n=[(-29, JUANPA, "Un profesor de EAFIT es el primer autor; nosotros somos coautores."),
       (-27, JUANPA, "El resumen es de 500 palabras; faltan los datos de recaudo de Hacienda.")])

rec(t="Cities Alliance: Cities and Migration programme – integración socioeconómica",
    k="grant", f="Cities Alliance", p="Cities and Migration", co="BE", a="incl", dl=-55, dc=10, am=(250_000, "USD"), pr=65, o=MARIANA, tg=["migrants", "venezuela", "employment"],
    u="https://www.citiesalliance.org/themes/cities-and-migration",
    ct="Cities Alliance Secretariat, Brussels — info@citiesalliance.org",
    d="Subvención para ciudades intermedias y áreas metropolitanas que reciben migrantes. Propuesta "
      "para llevar a la población migrante venezolana a los servicios de empleo y emprendimiento de la "
      "ciudad, con la OIM como socio técnico.",
    c=-150, h=[("preparing", -110), ("applied", -56, "Enviada con la OIM y la Secretaría de Inclusión.")],
    n=[(-54, MARIANA, "Cities Alliance confirmó la elegibilidad pese al tamaño de Medellín."),
       (-16, MARIANA, "Preguntas de aclaración respondidas; la decisión, en la junta de diciembre.")])

rec(t="Premio Pergamino de Honor de ONU-Hábitat 2026", seed="UN-Habitat Scroll of Honour Award 2026",
    k="award", f="UN-Habitat", p="Scroll of Honour Award", co="KE", a="urban", dl=-170, dc=-60, o=LAURA, tg=["visibility", "housing"],
    u="https://unhabitat.org/scroll-of-honour-award",
    ct="UN-Habitat Scroll of Honour Secretariat — unhabitat-scroll@un.org",
    d="El premio más prestigioso de ONU-Hábitat, entregado el Día Mundial del Hábitat. Postulación del "
      "Cinturón Verde Metropolitano y el mejoramiento barrial de las laderas nororientales.",
    c=-230, h=[("preparing", -200), ("applied", -171), ("lost", -58)],
    n=[(-55, LAURA, "Ganadores anunciados el Día Mundial del Hábitat; no hubo retroalimentación.")])

rec(t="Foro Urbano Mundial 13 (Bakú): evento de networking de Medellín", seed="World Urban Forum 13 (Baku): Medellín networking event",
    k="event", f="UN-Habitat", p="World Urban Forum", co="AZ", a="urban", dl=-260, dc=-220, am=(8000, "USD"), aw=(6500, "USD"), o=JUANPA, tg=["wuf", "visibility", "housing"],
    u="https://wuf.unhabitat.org/",
    ct="WUF Secretariat — wuf@un.org",
    d="Solicitud de un espacio para evento de networking en el WUF13 sobre vivienda y regeneración "
      "urbana, con apoyo de viaje para dos ponentes. Aprobada; ONU-Hábitat cubrió la mayor parte del "
      "viaje de los ponentes.",
    c=-330, h=[("applied", -261), ("won", -218, "Espacio para el evento de networking aprobado.")],
    n=[(-180, JUANPA, "Evento realizado: 120 asistentes, coorganizado con Curitiba y Barcelona."),
       (-175, LAURA, "Seguimiento: tres ciudades pidieron la metodología de los PUI.")])

rec(t="ONU Mujeres: Iniciativa Global Ciudades y Espacios Públicos Seguros", seed="UN Women Safe Cities and Safe Public Spaces Global Initiative",
    k="network", f="UN Women", p="Safe Cities and Safe Public Spaces", co="INT", a="peace", o=JUANPA, tg=["women", "gender", "public-space"],
    u="https://www.unwomen.org/en/what-we-do/ending-violence-against-women/creating-safe-public-spaces",
    ct="UN Women Colombia — colombia@unwomen.org",
    d="Iniciativa global de ciudades comprometidas con prevenir el acoso sexual y la violencia contra "
      "las mujeres en el espacio público. Para unirse se necesita un estudio de diagnóstico y un "
      "compromiso municipal firmado por el alcalde.",
    c=-35,
    n=[(-35, JUANPA, "La Secretaría de las Mujeres está interesada; ONU Mujeres podría financiar el estudio de diagnóstico.")])

rec(t="UNODC: evaluación de la gobernanza de la seguridad urbana para los planes municipales", seed="UNODC: Urban safety governance assessment for municipal security plans",
    k="technical", f="UNODC", p="Urban Safety Governance", co="AT", a="peace", o=JUANPA, tg=["security", "data", "un"],
    u="https://www.unodc.org/unodc/en/urban-safety/index.html",
    ct="UNODC Colombia — unodc-colombia@un.org",
    d="UNODC ofrece una herramienta de autoevaluación y apoyo de expertos para revisar los planes "
      "municipales de seguridad y convivencia. Podría alimentar el próximo Plan Integral de Seguridad y "
      "Convivencia Ciudadana (PISCC).",
    c=-110,
    n=[(-110, JUANPA, "Preguntar a UNODC Bogotá si el apoyo es gratuito para las ciudades."),
       (-100, JUANPA, "Aún sin respuesta; hacer seguimiento cuando esté fijo el calendario del PISCC.")])

rec(t="IOM: Integración de población migrante en los servicios de empleo de Medellín",
    k="alliance", f="International Organization for Migration", p="Integración socioeconómica", co="INT", a="incl", dl=-190, dc=-150, am=(180_000, "USD"), aw=(150_000, "USD"), o=MARIANA, tg=["migrants", "employment", "iom"],
    u="https://colombia.iom.int/",
    ct="OIM Colombia, Medellín office — iommedellin@iom.int",
    d="Convenio con la OIM para ubicar asesores de empleo para migrantes en los centros de empleo de la "
      "ciudad y convalidar títulos extranjeros. La OIM paga el personal durante 18 meses; la ciudad "
      "aporta espacio y sistemas.",
    c=-260, h=[("preparing", -220), ("applied", -191), ("won", -148)],
    n=[(-145, MARIANA, "Firmado: 150.000 USD en costos de personal; los primeros asesores empezaron en julio.")])

rec(t="ACNUR: reconocimiento Ciudades Solidarias", seed="UNHCR Cities of Solidarity (Ciudades Solidarias) recognition",
    k="network", f="UNHCR", p="Ciudades Solidarias", co="INT", a="incl", dl=-100, dc=-40, am=(20_000, "USD"), aw=(20_000, "USD"), o=MARIANA, tg=["refugees", "migrants", "visibility"],
    u="https://www.acnur.org/ciudades-solidarias",
    ct="ACNUR Colombia — colbo@unhcr.org",
    d="La iniciativa 'Ciudades Solidarias' de ACNUR reconoce a las ciudades latinoamericanas que "
      "integran a refugiados y migrantes. La postulación documentó el punto de atención a migrantes de "
      "la ciudad y las cifras de matrícula escolar. Las ciudades reconocidas reciben una pequeña "
      "donación para su punto de atención.",
    c=-170, h=[("preparing", -130), ("applied", -101), ("won", -38, "Medellín reconocida como Ciudad Solidaria.")],
    n=[(-35, MARIANA, "Ceremonia en Bogotá en febrero; el despacho del alcalde está informado.")])

rec(t="Laboratorio de Aceleración del PNUD: experimentos urbanos sobre economía informal", seed="UNDP Accelerator Lab: city experiments on informal economy",
    k="alliance", f="UNDP", p="Accelerator Labs", co="INT", a="econ", o=CATA, tg=["experiments", "informal-economy"],
    u="https://www.undp.org/acceleratorlabs",
    ct="UNDP Colombia Accelerator Lab — acclab.co@undp.org",
    d="Propuesta de alianza con el Laboratorio de Aceleración del PNUD para hacer experimentos rápidos "
      "sobre la formalización de vendedores ambulantes en el centro. No hay dinero de por medio; el "
      "laboratorio aporta tiempo de su equipo.",
    c=-150, h=[("preparing", -135)],
    n=[(-134, CATA, "Primera reunión buena; quieren primero un acuerdo para compartir datos."),
       (-120, CATA, "El acuerdo para compartir datos está frenado en revisión jurídica.")])

rec(t="OIT: revisión de la política de empleo juvenil de Medellín", seed="ILO: Youth employment policy review for Medellín",
    k="technical", f="International Labour Organization", p="Decent Work for Youth", co="CH", a="econ", dl=-130, dc=-90, o=CATA, tg=["youth", "employment"],
    u="https://www.ilo.org/topics/youth-employment",
    ct="OIT Oficina para los Países Andinos — lima@ilo.org",
    d="Revisión técnica de la política municipal de empleo juvenil con la metodología de la OIT. "
      "Descartada cuando el Ministerio del Trabajo lanzó la misma revisión para todas las capitales.",
    c=-200, h=[("preparing", -170), ("dropped", -125, "Cubierta por la revisión nacional.")])

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
    k="network", f="Bloomberg Philanthropies / WHO / Vital Strategies", p="Partnership for Healthy Cities", co="INT", a="incl", dl=-15, dc=60, am=(100_000, "USD"), o=MARIANA, tg=["health", "noncommunicable-diseases"],
    u="https://partnershipforhealthycities.bloomberg.org/",
    ct="Partnership for Healthy Cities — healthycities@vitalstrategies.org",
    d="Red mundial de ciudades comprometidas con prevenir las enfermedades no transmisibles y las "
      "lesiones. Cada miembro escoge una intervención de política y recibe una subvención y apoyo "
      "técnico. Intervención propuesta: límites a las bebidas azucaradas en los colegios.",
    c=-85, h=[("applied", -16)],
    n=[(-80, MARIANA, "La invitación vino de la red; la postulación es una carta de intención corta."),
       (-14, MARIANA, "La Secretaría de Salud respaldó la intervención.")])

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

rec(t="Congreso Mundial de ICLEI 2027: sesión de Medellín sobre corredores de biodiversidad", seed="ICLEI World Congress 2027: Medellín session on biodiversity corridors",
    k="event", f="ICLEI – Local Governments for Sustainability", p="ICLEI World Congress", co="DE", a="urban", dl=44, dc=100, am=(12_000, "EUR"), o=JUANPA, tg=["biodiversity", "speaker", "iclei"],
    u="https://worldcongress.iclei.org/",
    ct="ICLEI World Secretariat, Bonn — world.congress@iclei.org",
    d="Convocatoria de propuestas de sesión para el Congreso Mundial de ICLEI. Propuesta sobre "
      "corredores urbanos de biodiversidad y la restauración del Cerro Nutibara, con Bogotá y Quito.",
    c=-27, h=[("preparing", -10)],
    n=[(-25, JUANPA, "La secretaría de ICLEI Sudamérica coorganizará si la aceptan.")])

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
    k="grant", f="Metropolis – World Association of the Major Metropolises", p="Pilot Projects", co="ES", a="incl", dl=-200, dc=-150, am=(40_000, "EUR"), o=MARIANA, tg=["care", "women", "metropolitan"],
    u="https://www.metropolis.org/pilot-projects",
    ct="Metropolis Secretariat General — pilotprojects@metropolis.org",
    d="Capital semilla para proyectos piloto liderados por metrópolis miembros. Propuesta de un sistema "
      "metropolitano de cuidado para cuidadoras no remuneradas, inspirado en las Manzanas del Cuidado "
      "de Bogotá.",
    c=-270, h=[("preparing", -240), ("applied", -201), ("lost", -148)],
    n=[(-140, MARIANA, "Metropolis financió el proyecto de cuidado de Bogotá; sugirió una propuesta conjunta el año próximo.")])

rec(t="Red de Ciudades Resilientes: actualización de la estrategia de resiliencia", seed="Resilient Cities Network: Resilience strategy update",
    k="network", f="Resilient Cities Network", p="Urban Resilience Programme", co="INT", a="urban", dl=-80, dc=-50, am=(20_000, "USD"), aw=(20_000, "USD"), o=CATA, tg=["resilience", "network"],
    u="https://resilientcitiesnetwork.org/",
    ct="Resilient Cities Network, Latin America — latam@rcities.org",
    d="Medellín es miembro fundador de la red. Solicitud de apoyo para actualizar la estrategia de "
      "resiliencia de 2016 con capítulos de clima y migración.",
    c=-120, h=[("applied", -81), ("won", -49, "La red cofinanciará un taller del Director de Resiliencia.")])

rec(t="Pacto Global de Alcaldes: reporte climático y portal de datos", seed="Global Covenant of Mayors: Climate reporting and data portal",
    k="network", f="Global Covenant of Mayors for Climate & Energy", p="GCoM Latin America", co="INT", a="urban", o=CATA, tg=["climate", "reporting"],
    u="https://www.globalcovenantofmayors.org/",
    ct="GCoM Latin America Secretariat — latam@globalcovenantofmayors.org",
    d="Reporte anual del inventario de emisiones y del plan climático al sistema CDP-ICLEI Track. No es "
      "una convocatoria con dinero, pero mantener la insignia de cumplimiento cuenta para las "
      "postulaciones a C40 y al Gap Fund.",
    c=-60, h=[("preparing", -45)],
    n=[(-44, CATA, "El inventario 2024 está listo; falta la sección de adaptación."),
       (-16, CATA, "Sección de adaptación redactada con Medio Ambiente; la ventana de reporte cierra en marzo.")])

rec(t="CIDEU: Red iberoamericana de planificación estratégica urbana",
    k="network", f="CIDEU", p="Programa de Pensamiento Estratégico Urbano", co="ES", a="urban", dl=-300, dc=-280, am=(3500, "EUR"), aw=(3500, "EUR"), o=JUANPA, tg=["network", "ibero-america", "training"],
    u="https://www.cideu.org/",
    ct="Secretaría General CIDEU, Barcelona — cideu@cideu.org",
    d="Renovación de la membresía y dos becas en el curso de planificación estratégica urbana de CIDEU "
      "para funcionarios de Planeación. El monto es el valor de los dos cupos.",
    c=-340, h=[("applied", -301), ("won", -279, "Membresía renovada; dos cupos en el curso.")])

rec(t="Strong Cities Network: Prevención de la violencia y el extremismo",
    k="network", f="Strong Cities Network", p="Latin America and the Caribbean", co="INT", a="peace", o=JUANPA, tg=["violence-prevention", "youth"],
    u="https://strongcitiesnetwork.org/",
    ct="Strong Cities Network, LAC Hub — lac@strongcitiesnetwork.org",
    d="Red mundial de ciudades que trabajan en prevención de la violencia y cohesión social. Unirse da "
      "acceso a formaciones y a un nodo regional. La membresía exige una carta del alcalde.",
    c=-70,
    n=[(-69, JUANPA, "Borrador de la carta con la Secretaría de Seguridad; la agenda del alcalde está llena hasta enero.")])

rec(t="Alianza para el Gobierno Abierto Local: postulación de Medellín", seed="Open Government Partnership Local: Medellín application",
    k="network", f="Open Government Partnership", p="OGP Local", co="US", a="innov", dl=-300, dc=20, o=LAURA, tg=["open-government", "transparency"],
    u="https://www.opengovpartnership.org/ogp-local/",
    ct="OGP Local team — local@opengovpartnership.org",
    d="OGP Local admite gobiernos subnacionales que se comprometen a cocrear planes de acción con la "
      "sociedad civil. Medellín se postuló con la agenda de datos abiertos y presupuesto participativo.",
    c=-340, h=[("preparing", -320), ("applied", -301), ("lost", -248, "No admitida en esta cohorte."), ("applied", -120, "Reabierta: OGP abrió una segunda convocatoria; postulación actualizada.")],
    n=[(-245, LAURA, "OGP admitió 15 miembros nuevos; los cupos latinoamericanos fueron para ciudades más pequeñas."),
       (-118, LAURA, "OGP reabrió la convocatoria; volvimos a postular con la Personería y dos ONG."),
       (-26, LAURA, "Entrevista con OGP realizada; decisión esperada en diciembre.")])

rec(t="Mastercard City Possible: Inclusión financiera de vendedores informales",
    k="alliance", f="Mastercard Center for Inclusive Growth", p="City Possible", co="US", a="econ", dl=-60, o=CATA, tg=["financial-inclusion", "private-sector"],
    u="https://www.mastercard.com/news/perspectives/city-possible/",
    ct="City Possible team — citypossible@mastercard.com",
    d="Modelo de cocreación con Mastercard para pilotear pagos digitales para vendedores ambulantes. "
      "Descartada por concepto jurídico sobre las cláusulas de exclusividad con una sola red de pagos.",
    c=-150, h=[("preparing", -120), ("dropped", -62, "Jurídica desaconsejó la exclusividad con una sola red de tarjetas.")])

rec(t="Bernard van Leer Foundation Urban95: Medellín para la primera infancia",
    k="alliance", f="Bernard van Leer Foundation", p="Urban95", co="NL", a="incl", dl=-80, dc=-30, am=(300_000, "EUR"), aw=(300_000, "EUR"), o=MARIANA, tg=["early-childhood", "public-space", "buen-comienzo"],
    u="https://vanleerfoundation.org/urban95/",
    ct="Bernard van Leer Foundation, Latin America — info@vanleerfoundation.org",
    d="Urban95 pregunta: ¿cómo se vería una ciudad desde 95 cm, la estatura de un niño de tres años? "
      "Alianza para rediseñar los espacios públicos cercanos a los centros de primera infancia de Buen "
      "Comienzo.",
    c=-180, h=[("preparing", -140), ("applied", -81), ("won", -28, "Alianza aprobada por dos años.")],
    n=[(-26, MARIANA, "300.000 EUR en dos años más apoyo técnico de Gehl."),
       (-12, MARIANA, "Monto otorgado confirmado en la carta de la donación.")], up=-12)

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

rec(t="Fondo Mundial para los Arrecifes de Coral: restauración de arrecifes en el Golfo de Urabá", seed="Global Fund for Coral Reefs: Golfo de Urabá reef restoration",
    k="grant", f="Global Fund for Coral Reefs (UNDP / UNEP)", p="Global Fund for Coral Reefs", co="INT", a="urban", dl=-40, am=(2_000_000, "USD"), o=CATA, tg=["oceans", "antioquia", "out-of-scope"],
    u="https://globalfundcoralreefs.org/",
    ct="GFCR Secretariat — info@globalfundcoralreefs.org",
    d="Fondo de financiación combinada para la conservación de arrecifes de coral. Pertinente para la "
      "costa caribe de Antioquia, no para la ciudad; se trasladó a la Gobernación de Antioquia y salió "
      "de nuestra cartera.",
    c=-90, h=[("dropped", -75, "Fuera de la competencia de la ciudad; trasladada a la Gobernación de Antioquia.")])

rec(t="Global Innovation Fund: escalamiento de los bonos de innovación de Ruta N", seed="Global Innovation Fund: scaling the Ruta N innovation vouchers",
    k="grant", f="Global Innovation Fund", p="Grants for pilots and scaling", co="GB", a="econ", dl=120, dc=300, am=(230_000, "USD"), o=CATA, tg=["innovation", "smes", "scaling"],
    u="https://www.globalinnovation.fund/apply",
    ct="Global Innovation Fund — applications@globalinnovation.fund",
    d="Convocatoria permanente para innovaciones con evidencia de impacto en personas de bajos "
      "ingresos. Candidato: los bonos de innovación de Ruta N para pequeñas empresas de las comunas. "
      "Sin fecha de cierre; fijamos una fecha interna.",
    c=-200,
    n=[(-198, CATA, "Se necesita una evaluación de impacto; EAFIT podría tener una de 2023."),
       (-190, CATA, "En pausa hasta ubicar la evaluación.")])

rec(t="Fundación Interamericana: iniciativas económicas de base en la Comuna 1", seed="Inter-American Foundation: grassroots economic initiatives in Comuna 1",
    k="grant", f="Inter-American Foundation", p="Grants to grassroots organisations", co="US", a="econ", dl=-260, dc=-200, am=(250_000, "USD"), o=CATA, tg=["grassroots", "women", "entrepreneurship"],
    u="https://www.iaf.gov/apply-for-grants/",
    ct="Inter-American Foundation — inquiries@iaf.gov",
    d="La IAF financia directamente a organizaciones comunitarias. La ciudad apoyó a una cooperativa de "
      "mujeres de Popular (Comuna 1) en su postulación para un negocio de panadería y banquetes.",
    c=-330, h=[("preparing", -300), ("applied", -261), ("lost", -195)],
    n=[(-190, CATA, "La IAF redujo su cartera en Colombia; no hay donaciones nuevas este año.")])

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

rec(t="Smart City Expo World Congress 2026: pabellón de Medellín", seed="Smart City Expo World Congress 2026: Medellín pavilion",
    k="event", f="Fira Barcelona", p="Smart City Expo World Congress", co="ES", a="econ", dl=-120, dc=-100, am=(85_000, "EUR"), aw=(85_000, "EUR"), o=JUANPA, tg=["pavilion", "ruta-n", "investment"],
    u="https://www.smartcityexpo.com/",
    ct="SCEWC Exhibitors — exhibitors@smartcityexpo.com",
    d="Pabellón compartido con Ruta N y ProColombia en el Smart City Expo World Congress (Barcelona, "
      "noviembre). El monto es la parte de la ciudad en el stand, cofinanciado por Ruta N.",
    c=-200, h=[("preparing", -170), ("won", -98, "Contrato del stand firmado.")],
    n=[(-18, JUANPA, "Pabellón realizado: 46 reuniones de negocios registradas; los seguimientos van al CRM de Ruta N.")])

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
    k="other", f="UNESCO", p="Creative Cities Network", co="FR", a="edu", dl=-9, o=MARIANA, tg=["unesco", "music", "reporting"],
    u="https://www.unesco.org/en/creative-cities",
    ct="UNESCO Creative Cities Secretariat — creativecities@unesco.org",
    d="Informe cuatrienal de seguimiento de la membresía en la Red de Ciudades Creativas de la UNESCO. "
      "No es financiación, pero no presentarlo pone en riesgo la designación. Necesita insumos de la "
      "Secretaría de Cultura Ciudadana.",
    c=-75, h=[("preparing", -60)],
    n=[(-58, MARIANA, "Plantilla descargada. Secciones: actividades, impacto, plan de acción para los próximos cuatro años."),
       (-45, MARIANA, "Cultura Ciudadana debe la lista de actividades."),
       (-11, MARIANA, "Llegó la lista de actividades; el informe va en un 70 %.")])

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
    k="scholarship", f="Comisión Fulbright Colombia", p="Fulbright Public Sector Leaders", co="US", a="edu", dl=-2, dc=120, am=(80_000, "USD"), o=MARIANA, tg=["masters", "usa", "officials"],
    u="https://www.fulbright.edu.co/becas/",
    ct="Comisión Fulbright Colombia — info@fulbright.edu.co",
    d="Beca para que servidores públicos colombianos cursen una maestría en los Estados Unidos, con el "
      "compromiso de volver al servicio público. La agencia acompaña a dos candidatos de Planeación.",
    c=-80, h=[("preparing", -50)],
    n=[(-48, MARIANA, "Los puntajes del TOEFL de un candidato llegan tarde; Fulbright los recibe hasta una semana después."),
       (-8, MARIANA, "Cartas de referencia: falta una del Director de Planeación.")])

rec(t="DAAD EPOS: becas de posgrado en planeación urbana para el desarrollo", seed="DAAD EPOS: Development-related postgraduate courses in urban planning",
    k="scholarship", f="DAAD", p="EPOS – Development-Related Postgraduate Courses", co="DE", a="urban", dl=-50, dc=60, am=(45_000, "EUR"), o=MARIANA, tg=["masters", "germany", "urban-planning"],
    u="https://www.daad.de/en/study-and-research-in-germany/scholarships/epos/",
    ct="DAAD Bogotá — info@daad.co",
    d="Becas para profesionales de países en desarrollo en posgrados como Urban Management (TU Berlin) "
      "o SPRING (TU Dortmund). Se postularon dos planificadores del Departamento Administrativo de "
      "Planeación.",
    c=-110, h=[("preparing", -85), ("applied", -51)],
    n=[(-49, MARIANA, "Las postulaciones van directo a las universidades; el DAAD Bogotá solo asesora.")])

rec(t="Fundación Carolina: Becas de postgrado 2027",
    k="scholarship", f="Fundación Carolina", p="Becas de Postgrado", co="ES", a="edu", dl=30, dc=150, am=(22_000, "EUR"), o=MARIANA, tg=["masters", "spain", "officials"],
    u="https://gestion.fundacioncarolina.es/programas/",
    ct="Fundación Carolina — becas@fundacioncarolina.es",
    d="Becas de posgrado en España para estudiantes iberoamericanos. Difusión entre funcionarios "
      "jóvenes de Educación y Cultura; la agencia revisa las cartas de motivación.",
    c=-15,
    n=[(-14, MARIANA, "Convocatoria publicada; sesión informativa con Talento Humano el 10 de diciembre.")])

rec(t="OEA, Programa de Alianzas para la Educación y la Capacitación (PAEC): ciudades inteligentes", seed="OAS Partnerships Program for Education and Training (PAEC) – smart cities",
    k="scholarship", f="Organization of American States", p="PAEC", co="US", a="innov", dl=-150, dc=-100, am=(15_000, "USD"), o=MARIANA, tg=["online", "oas"],
    u="https://www.oas.org/en/scholarships/",
    ct="OAS Department of Human Development — scholarships@oas.org",
    d="Becas parciales para maestrías en línea de universidades aliadas. Se postuló una funcionaria de "
      "la Secretaría de Innovación Digital.",
    c=-200, h=[("applied", -151), ("lost", -98, "Candidata no seleccionada.")])

rec(t="ICETEX: Becas de cooperación internacional para servidores públicos",
    k="scholarship", f="ICETEX", p="Becas internacionales", co="CO", a="edu", dl=60, am=(12_000_000, "COP"), o=MARIANA, tg=["colombia", "officials", "short-courses"],
    u="https://web.icetex.gov.co/becas/becas-para-estudios-en-el-exterior",
    ct="ICETEX Becas Internacionales — becas@icetex.gov.co",
    d="El ICETEX difunde becas para cursos cortos que ofrecen gobiernos extranjeros (ITEC de India, "
      "MASHAV de Israel, Egipto). El monto es el apoyo del ICETEX para tiquetes por funcionario.",
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
    k="technical", f="APC-Colombia", p="Cooperación Sur-Sur", co="CO", a="urban", dl=-100, dc=-40, am=(85_000_000, "COP"), aw=(85_000_000, "COP"), o=ANDRES, tg=["south-south", "waste", "costa-rica"],
    u="https://www.apccolombia.gov.co/cooperacion-sur-sur",
    ct="APC-Colombia, Dirección de Oferta — oferta@apccolombia.gov.co",
    d="Programa bilateral Colombia–Costa Rica: Medellín comparte con San José su experiencia en "
      "inclusión de recicladores y aprende del compostaje de residuos orgánicos de Costa Rica. APC paga "
      "los viajes.",
    c=-180, h=[("preparing", -140), ("applied", -101), ("won", -39)],
    n=[(-37, ANDRES, "Aprobado en la comisión mixta; dos misiones en cada sentido en 2027.")])

rec(t="MinCiencias: Convocatoria de ciudades inteligentes y sostenibles",
    k="grant", f="Ministerio de Ciencia, Tecnología e Innovación", p="Sistema General de Regalías – CTeI", co="CO", a="innov", dl=-30, dc=40, am=(4_500_000_000, "COP"), o=LAURA, tg=["colombia", "regalías", "universities"],
    u="https://minciencias.gov.co/convocatorias",
    ct="MinCiencias, Convocatorias — atencionalciudadano@minciencias.gov.co",
    d="Convocatoria con recursos de regalías para proyectos de ciencia, tecnología e innovación. "
      "Consorcio de la Universidad de Antioquia, el ITM y la ciudad sobre redes de sensores de calidad "
      "del aire en colegios. No es internacional, pero se sigue aquí porque cofinancia la propuesta a "
      "Horizonte Europa.",
    c=-140, h=[("preparing", -100), ("applied", -31)],
    n=[(-29, LAURA, "Enviada en el SIGP. Cofinancia el hermanamiento de Horizonte Europa si las dos salen.")])

rec(t="iNNpulsa Colombia: Aldea – escalamiento de emprendimientos",
    k="grant", f="iNNpulsa Colombia", p="Aldea", co="CO", a="econ", dl=-60, am=(800_000_000, "COP"), o=CATA, tg=["colombia", "startups", "ruta-n"],
    u="https://www.innpulsacolombia.com/aldea",
    ct="iNNpulsa Colombia — info@innpulsacolombia.com",
    d="Programa de iNNpulsa para emprendimientos de alto impacto. La ciudad pensó cofinanciar una "
      "cohorte de Medellín; se descartó cuando iNNpulsa abrió el programa a nivel nacional, sin "
      "cohortes regionales.",
    c=-160, h=[("preparing", -120), ("dropped", -65)])

rec(t="Hermanamiento Medellín–Hamamatsu: renovación del acuerdo de ciudades hermanas",
    k="other", f="Hamamatsu City", p="Sister-city agreement", co="JP", a="edu", dl=75, o=ANDRES, tg=["sister-city", "japan", "protocol"],
    u="https://www.city.hamamatsu.shizuoka.jp/kokusai/",
    ct="Hamamatsu City International Affairs Division — kokusai@city.hamamatsu.shizuoka.jp",
    d="Renovación del acuerdo de ciudades hermanas, centrado en educación musical (Hamamatsu es Ciudad "
      "de la Música de la UNESCO) y en la comunidad colombiana de Shizuoka. Necesita la autorización "
      "del Concejo de Medellín.",
    c=-65, h=[("preparing", -40)],
    n=[(-38, ANDRES, "Texto acordado con Hamamatsu; pasa a la Secretaría General para el Concejo."),
       (-12, ANDRES, "Sesión del Concejo programada para febrero; la renovación se firmaría en marzo.")])

rec(t="Gira de estudio de la Embajada de los Países Bajos: plazas de agua y adaptación climática en Róterdam", seed="Dutch embassy study tour: water squares and climate adaptation in Rotterdam",
    k="other", f="Embassy of the Kingdom of the Netherlands", p="Partners for Water", co="NL", a="urban", dl=-65, dc=-45, am=(25_000, "EUR"), aw=(25_000, "EUR"), o=CATA, tg=["study-tour", "water", "netherlands"],
    u="https://www.netherlandsandyou.nl/your-country-and-the-netherlands/colombia",
    ct="Embassy of the Netherlands in Bogotá — bog@minbuza.nl",
    d="Gira de estudio para cuatro funcionarios (EPM, DAGRD, Planeación) a las plazas de agua de "
      "Róterdam y al programa Delta, pagada por la embajada. El seguimiento podría ser una misión del "
      "Dutch Risk Reduction Team.",
    c=-120, h=[("applied", -66), ("won", -44)],
    n=[(-20, CATA, "Gira realizada. Informe a la Secretaría de Infraestructura; sigue la solicitud al DRR-Team.")])

rec(t="Donación de equipos de cómputo para bibliotecas (Embajada de Corea)",
    k="other", f="Embassy of the Republic of Korea", p="Information Access Center", co="KR", a="incl", dl=25, am=(50_000_000, "KRW"), o=ANDRES, tg=["donation", "libraries", "digital", "korea"],
    u="https://overseas.mofa.go.kr/co-es/index.do",
    ct="Embassy of Korea in Colombia, Cooperation — colombia@mofa.go.kr",
    d="Donación en especie de 60 computadores para el Sistema de Bibliotecas Públicas. La embajada "
      "necesita la lista de bibliotecas receptoras y una carta de aceptación del comité de donaciones.",
    c=-28, h=[("preparing", -20)],
    n=[(-19, ANDRES, "El comité de donaciones se reúne el 7 de diciembre.")])

rec(t="IDRC: Jóvenes, violencia urbana y empleo – convocatoria de investigación",
    k="grant", f="International Development Research Centre", p="Democratic and Inclusive Governance", co="CA", a="peace", dl=82, dc=260, am=(600_000, "CAD"), o=JUANPA, tg=["research", "youth", "violence-prevention"],
    u="https://idrc-crdi.ca/en/funding",
    ct="IDRC Latin America Regional Office — lacro@idrc.ca",
    d="Convocatoria de investigación sobre caminos de salida de la violencia urbana a través del empleo "
      "juvenil. Postularía un consorcio de la Universidad de Antioquia y una universidad canadiense; la "
      "ciudad aporta datos y el programa 'Parceros' como lugar de estudio.",
    c=-22,
    n=[(-21, JUANPA, "El Instituto de Estudios Políticos de la UdeA está interesado; primera llamada el 3 de diciembre.")])

rec(t="OAS: Concurso de buenas prácticas en prevención del delito y convivencia",
    k="award", f="Organization of American States", p="Secretariat for Multidimensional Security", co="US", a="peace", dl=0, dc=60, am=(10_000, "USD"), o=JUANPA, tg=["violence-prevention", "visibility"],
    u="https://www.oas.org/ext/en/security/",
    ct="OAS Department of Public Security — dps@oas.org",
    d="Concurso regional de buenas prácticas en prevención del delito y convivencia. Práctica "
      "candidata: el programa 'Jóvenes por la Vida' de mediación de conflictos en los colegios.",
    c=-13, h=[("preparing", -6)],
    n=[(-5, JUANPA, "El formulario es corto; necesita los indicadores de los dos últimos años del Observatorio de Seguridad.")])

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
    k="alliance", f="AECID", p="Cooperación Triangular", co="ES", a="edu", dl=55, dc=140, am=(90_000, "EUR"), o=MARIANA, tg=["triangular", "music", "honduras"],
    u="https://www.aecid.es/cooperacion-triangular",
    ct="AECID Oficina Técnica de Cooperación en Colombia — otc.colombia@aecid.es",
    d="Cooperación triangular en la que Medellín transfiere a Tegucigalpa su modelo de Red de Escuelas "
      "de Música con financiación de la AECID. APC-Colombia debe incluirla en el programa bilateral.",
    c=-50,
    n=[(-49, MARIANA, "La oficina de cultura de Tegucigalpa está entusiasmada; la AECID quiere primero el aval de APC.")], up=-10)

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
    seed = r.get("seed", r["t"])
    rng = random.Random(seed)
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

    out = {"id": make_id(seed), "title": r["t"], "kind": r["k"], "stage": stage}
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
