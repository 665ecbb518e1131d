"""Demo catalogue titles, learning paths, the accessibility statement and local procedures."""

CATALOGUE = {
    "en": {
        "title": "Course catalogue",
        "intro": "<p>Modules on violence in close relations for staff who meet children, "
        "young people and adults in their daily work.</p>",
    },
    "da": {
        "title": "Kursuskatalog",
        "intro": "<p>Moduler om vold i nære relationer for medarbejdere, der møder børn, "
        "unge og voksne i deres daglige arbejde.</p>",
    },
    "nb": {
        "title": "Kurskatalog",
        "intro": "<p>Moduler om vold i nære relasjoner for ansatte som møter barn, unge "
        "og voksne i sitt daglige arbeid.</p>",
    },
    "sv": {
        "title": "Kurskatalog",
        "intro": "<p>Moduler om våld i nära relationer för personal som möter barn, unga "
        "och vuxna i sitt dagliga arbete.</p>",
    },
}

_BASIC = ["psychological-violence", "detection-cues", "duty-to-act"]
_CHILDREN = [*_BASIC, "children-exposed-to-violence"]
_RISK = [*_BASIC, "risk-assessment-and-safety-planning"]


def _path(sectors, modules, en, da, en_intro, da_intro):
    return {
        "audience": sectors,
        "modules": modules,
        "en": {"title": en, "intro": f"<p>{en_intro}</p>"},
        "da": {"title": da, "intro": f"<p>{da_intro}</p>"},
    }


PATHS = {
    "daycare-basic": _path(
        ["daycare"],
        _CHILDREN,
        "Daycare: basic path",
        "Dagtilbud: grundforløb",
        "What every daycare educator needs to notice, ask and do.",
        "Det, enhver pædagog i dagtilbud skal kunne opdage, spørge om og gøre.",
    ),
    "school-basic": _path(
        ["school"],
        _CHILDREN,
        "School: basic path",
        "Skole: grundforløb",
        "For teachers and school staff who see pupils every day.",
        "For lærere og skolepersonale, der ser eleverne hver dag.",
    ),
    "health-basic": _path(
        ["health"],
        _BASIC,
        "Health: basic path",
        "Sundhed: grundforløb",
        "For health visitors, nurses and doctors.",
        "For sundhedsplejersker, sygeplejersker og læger.",
    ),
    "job-centre-basic": _path(
        ["job_centre"],
        _BASIC,
        "Job centre: basic path",
        "Jobcenter: grundforløb",
        "For caseworkers and job consultants.",
        "For sagsbehandlere og jobkonsulenter.",
    ),
    "children-youth-basic": _path(
        ["children_youth"],
        [*_CHILDREN, "risk-assessment-and-safety-planning"],
        "Children and youth services: basic path",
        "Børn og unge: grundforløb",
        "For social workers in children and youth services.",
        "For socialrådgivere i børne- og ungeområdet.",
    ),
    "family-court-basic": _path(
        ["family_court"],
        _RISK,
        "Family court and courts: basic path",
        "Familieretshuset og domstole: grundforløb",
        "For staff handling separation, custody and child contact.",
        "For medarbejdere, der arbejder med skilsmisse, forældremyndighed og samvær.",
    ),
    "police-basic": _path(
        ["police"],
        _RISK,
        "Police: basic path",
        "Politi: grundforløb",
        "For officers who meet violence in close relations on call-outs and in cases.",
        "For betjente, der møder vold i nære relationer på udkald og i sager.",
    ),
    "risk-assessor-theory": _path(
        ["children_youth", "family_court", "police", "other"],
        ["risk-assessment-and-safety-planning", "demonstration-risk-instrument"],
        "Risk assessor: theory",
        "Risikovurdering: teori",
        "The theory part of the certification track for staff who run risk assessments.",
        "Teoridelen af certificeringsforløbet for medarbejdere, der laver risikovurderinger.",
    ),
}

# The statement follows the structure the EU Web Accessibility Directive's model statement
# asks for: compliance, known limitations, date, feedback and contact, enforcement. It is the
# demo municipality's; each section says what a real body must put in its place.
ACCESSIBILITY = {
    "en": {
        "title": "Accessibility statement",
        "body": (
            "<p><strong>This is an example statement for the demo municipality Fjordby "
            "Kommune. An organisation that uses the platform must adapt it: its own name, "
            "contact address, test results and date.</strong></p>"
            "<p>This platform aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at "
            "level AA, as the EU Web Accessibility Directive requires of public bodies.</p>"
            "<h2>How accessible it is</h2><ul><li>Every page can be used with a keyboard alone, "
            "with a visible focus and a link to skip to the main content.</li><li>Text and "
            "controls meet the contrast requirements and reflow on a phone.</li><li>Videos have "
            "captions and every recording has a transcript.</li><li>Every learner page is checked "
            "automatically with axe-core in all four languages before each release.</li></ul>"
            "<h2>Known limitations</h2><ul><li>Content that editors add (images, videos, "
            "documents) is only as accessible as the alternative texts, captions and transcripts "
            "they provide; the editor requires them.</li><li>Documents uploaded as PDF may not "
            "be fully accessible to screen readers.</li><li>The administration interface for "
            "editors has not been tested as thoroughly as the learner pages.</li></ul>"
            "<h2>Date of this statement</h2><p>This statement was prepared on 1 December 2026 "
            "and is based on the platform's own automated and manual tests. It is reviewed at "
            "least once a year.</p>"
            "<h2>Feedback and contact</h2><p>If something does not work for you, or you need "
            "content in another format, write to Fjordby Kommune at "
            '<a href="mailto:tilgaengelighed@fjordby.example">tilgaengelighed@fjordby.example'
            "</a> (example address). We answer within 14 days.</p>"
            "<h2>Enforcement procedure</h2><p>If you are not satisfied with our answer, you can "
            "complain to the national supervisory authority: in Denmark the Agency for Digital "
            "Government (Digitaliseringsstyrelsen), in Norway the Authority for Universal Design "
            "of ICT (Tilsynet for universell utforming av IKT, part of "
            "Digitaliseringsdirektoratet), "
            "in Sweden the Agency for Digital Government (Myndigheten för digital förvaltning, "
            "Digg).</p>"
        ),
    },
    "da": {
        "title": "Tilgængelighedserklæring",
        "body": (
            "<p><strong>Dette er en eksempelerklæring for demokommunen Fjordby Kommune. En "
            "organisation, der bruger platformen, skal tilpasse den: eget navn, egen "
            "kontaktadresse, egne testresultater og dato.</strong></p>"
            "<p>Platformen skal leve op til retningslinjerne for tilgængeligt webindhold (WCAG) "
            "2.1 på niveau AA, som EU's webtilgængelighedsdirektiv kræver af offentlige "
            "myndigheder.</p><h2>Så tilgængelig er den</h2><ul><li>Alle sider kan bruges med "
            "tastatur alene, med synligt fokus og et link, der springer direkte til indholdet."
            "</li><li>Tekst og knapper har tilstrækkelig kontrast og tilpasser sig en telefon."
            "</li><li>Videoer har undertekster, og alle optagelser har en udskrift.</li><li>Alle "
            "sider for deltagere tjekkes automatisk med axe-core på alle fire sprog før hver "
            "udgivelse.</li></ul><h2>Kendte begrænsninger</h2><ul><li>Indhold, som redaktører "
            "tilføjer (billeder, videoer, dokumenter), er kun så tilgængeligt som de alternative "
            "tekster, undertekster og udskrifter, de giver; redigeringen kræver dem.</li><li>"
            "Dokumenter, der er lagt op som PDF, er måske ikke fuldt tilgængelige for "
            "skærmlæsere.</li><li>Redaktørernes administrationsflade er ikke testet lige så "
            "grundigt som deltagernes sider.</li></ul>"
            "<h2>Erklæringens dato</h2><p>Erklæringen er udarbejdet den 1. december 2026 på "
            "grundlag af platformens egne automatiske og manuelle test. Den gennemgås mindst én "
            "gang om året.</p>"
            "<h2>Feedback og kontakt</h2><p>Hvis noget ikke virker for dig, eller du har brug "
            "for indhold i et andet format, så skriv til Fjordby Kommune på "
            '<a href="mailto:tilgaengelighed@fjordby.example">tilgaengelighed@fjordby.example'
            "</a> (eksempeladresse). Vi svarer inden for 14 dage.</p>"
            "<h2>Håndhævelsesprocedure</h2><p>Er du ikke tilfreds med vores svar, kan du klage "
            "til Digitaliseringsstyrelsen, som fører tilsyn med webtilgængelighed i Danmark.</p>"
        ),
    },
    "nb": {
        "title": "Tilgjengelighetserklæring",
        "body": (
            "<p><strong>Dette er en eksempelerklæring for demokommunen Fjordby Kommune. En "
            "virksomhet som bruker plattformen, må tilpasse den: eget navn, egen "
            "kontaktadresse, egne testresultater og dato.</strong></p>"
            "<p>Plattformen skal oppfylle retningslinjene for tilgjengelig webinnhold (WCAG) 2.1 "
            "på nivå AA, slik EUs webtilgjengelighetsdirektiv krever av offentlige virksomheter."
            "</p><h2>Så tilgjengelig er den</h2><ul><li>Alle sider kan brukes med tastatur alene, "
            "med synlig fokus og en lenke som hopper til hovedinnholdet.</li><li>Tekst og knapper "
            "har god nok kontrast og tilpasser seg mobil.</li><li>Videoer har teksting, og alle "
            "opptak har en transkripsjon.</li></ul><h2>Kjente begrensninger</h2><ul><li>Innhold "
            "som redaktører legger til (bilder, videoer, dokumenter), er bare så tilgjengelig som "
            "de alternative tekstene, tekstingen og transkripsjonene de gir; redigeringen krever "
            "dem.</li><li>Dokumenter som er lastet opp som PDF, er kanskje ikke fullt "
            "tilgjengelige for skjermlesere.</li><li>Redaktørenes administrasjonsflate er ikke "
            "testet like grundig som deltakernes sider.</li></ul>"
            "<h2>Dato for erklæringen</h2><p>Erklæringen ble utarbeidet 1. desember 2026 på "
            "grunnlag av plattformens egne automatiske og manuelle tester. Den gjennomgås minst "
            "én gang i året.</p>"
            "<h2>Tilbakemelding og kontakt</h2><p>Hvis noe ikke fungerer for deg, eller du "
            "trenger innhold i et annet format, skriv til Fjordby Kommune på "
            '<a href="mailto:tilgaengelighed@fjordby.example">tilgaengelighed@fjordby.example'
            "</a> (eksempeladresse). Vi svarer innen 14 dager.</p>"
            "<h2>Håndhevingsprosedyre</h2><p>Er du ikke fornøyd med svaret, kan du melde fra til "
            "Tilsynet for universell utforming av IKT (Digitaliseringsdirektoratet), som fører "
            "tilsyn med universell utforming i Norge.</p>"
        ),
    },
    "sv": {
        "title": "Tillgänglighetsredogörelse",
        "body": (
            "<p><strong>Detta är en exempelredogörelse för demokommunen Fjordby Kommune. En "
            "organisation som använder plattformen måste anpassa den: eget namn, egen "
            "kontaktadress, egna testresultat och datum.</strong></p>"
            "<p>Plattformen ska uppfylla riktlinjerna för tillgängligt webbinnehåll (WCAG) 2.1 på "
            "nivå AA, så som EU:s webbtillgänglighetsdirektiv kräver av offentliga aktörer.</p>"
            "<h2>Så tillgänglig är den</h2><ul><li>Alla sidor kan användas med enbart tangentbord, "
            "med synligt fokus och en länk som hoppar till huvudinnehållet.</li><li>Text och "
            "knappar har tillräcklig kontrast och anpassar sig till mobil.</li><li>Videor är "
            "textade och alla inspelningar har en transkribering.</li></ul>"
            "<h2>Kända brister</h2><ul><li>Innehåll som redaktörer lägger till (bilder, videor, "
            "dokument) är bara så tillgängligt som de alternativa texter, textningar och "
            "transkriberingar de ger; redigeringen kräver dem.</li><li>Dokument som laddats upp "
            "som PDF är kanske inte fullt tillgängliga för skärmläsare.</li><li>Redaktörernas "
            "administrationsgränssnitt har inte testats lika grundligt som deltagarnas sidor."
            "</li></ul>"
            "<h2>Redogörelsens datum</h2><p>Redogörelsen upprättades den 1 december 2026 utifrån "
            "plattformens egna automatiska och manuella tester. Den ses över minst en gång om "
            "året.</p>"
            "<h2>Återkoppling och kontakt</h2><p>Om något inte fungerar för dig, eller om du "
            "behöver innehåll i ett annat format, skriv till Fjordby Kommune på "
            '<a href="mailto:tilgaengelighed@fjordby.example">tilgaengelighed@fjordby.example'
            "</a> (exempeladress). Vi svarar inom 14 dagar.</p>"
            "<h2>Tillsyn</h2><p>Om du inte är nöjd med vårt svar kan du anmäla det till "
            "Myndigheten för digital förvaltning (Digg), som har tillsyn över lagen om "
            "tillgänglighet till digital offentlig service.</p>"
        ),
    },
}

_ESCALATION_EN = (
    "<ol><li>Tell your immediate manager the same day.</li><li>If a child may be at risk, "
    "your manager or you send a report of concern to children and youth services at once."
    "</li><li>Children and youth services or the police act promptly; the Danish action "
    "plan proposes a duty to act within 48 hours at most.</li><li>In "
    "acute danger, call 112 first.</li></ol>"
)
_ESCALATION_DA = (
    "<ol><li>Fortæl det til din nærmeste leder samme dag.</li><li>Hvis et barn kan være i "
    "fare, sender din leder eller du straks en underretning til Børn og Unge.</li><li>Børn "
    "og Unge eller politiet handler hurtigt; handleplanen foreslår en handlepligt inden "
    "for højst 48 timer.</li><li>Ved akut fare ringer du "
    "først 112.</li></ol>"
)

LOCAL_PROCEDURES = {
    "Fjordby Kommune": {
        "en": {
            "contact_name": "Children and Families, duty desk (Fjordby Kommune, demo)",
            "phone": "+45 99 99 00 00",
            "hours": "Weekdays 8-15",
            "out_of_hours": "The police on 114; in an emergency 112",
            "escalation_path": _ESCALATION_EN,
        },
        "da": {
            "contact_name": "Børn og Familie, vagttelefon (Fjordby Kommune, demo)",
            "phone": "+45 99 99 00 00",
            "hours": "Hverdage 8-15",
            "out_of_hours": "Politiet på 114; ved akut fare 112",
            "escalation_path": _ESCALATION_DA,
        },
    },
}
