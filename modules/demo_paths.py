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

ACCESSIBILITY = {
    "en": {
        "title": "Accessibility statement",
        "body": (
            "<p>This platform aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at "
            "level AA, as the EU Web Accessibility Directive requires of public bodies.</p>"
            "<h2>How accessible it is</h2><ul><li>Every page can be used with a keyboard alone, "
            "with a visible focus and a link to skip to the main content.</li><li>Text and "
            "controls meet the contrast requirements and reflow on a phone.</li><li>Videos have "
            "captions and every recording has a transcript.</li><li>Every learner page is checked "
            "automatically with axe-core in all four languages before each release.</li></ul>"
            "<h2>Known limitations</h2><p>Content that editors add (images, videos, documents) "
            "is only as accessible as the alternative texts, captions and transcripts they "
            "provide; the editor requires them.</p><h2>Feedback</h2><p>If something does not "
            "work for you, tell the organisation that gave you access. Public bodies in Denmark "
            "can also be reported to the Agency for Digital Government.</p>"
        ),
    },
    "da": {
        "title": "Tilgængelighedserklæring",
        "body": (
            "<p>Platformen skal leve op til retningslinjerne for tilgængeligt webindhold (WCAG) "
            "2.1 på niveau AA, som EU's webtilgængelighedsdirektiv kræver af offentlige "
            "myndigheder.</p><h2>Så tilgængelig er den</h2><ul><li>Alle sider kan bruges med "
            "tastatur alene, med synligt fokus og et link, der springer direkte til indholdet."
            "</li><li>Tekst og knapper har tilstrækkelig kontrast og tilpasser sig en telefon."
            "</li><li>Videoer har undertekster, og alle optagelser har en udskrift.</li><li>Alle "
            "sider for deltagere tjekkes automatisk med axe-core på alle fire sprog før hver "
            "udgivelse.</li></ul><h2>Kendte begrænsninger</h2><p>Indhold, som redaktører "
            "tilføjer, er kun så tilgængeligt som de alternative tekster, undertekster og "
            "udskrifter, de giver; redigeringen kræver dem.</p><h2>Feedback</h2><p>Hvis noget ikke "
            "virker for dig, så kontakt den organisation, der har givet dig adgang. Du kan også "
            "klage til Digitaliseringsstyrelsen.</p>"
        ),
    },
    "nb": {
        "title": "Tilgjengelighetserklæring",
        "body": (
            "<p>Plattformen skal oppfylle retningslinjene for tilgjengelig webinnhold (WCAG) 2.1 "
            "på nivå AA, slik EUs webtilgjengelighetsdirektiv krever av offentlige virksomheter."
            "</p><h2>Så tilgjengelig er den</h2><ul><li>Alle sider kan brukes med tastatur alene, "
            "med synlig fokus og en lenke som hopper til hovedinnholdet.</li><li>Tekst og knapper "
            "har god nok kontrast og tilpasser seg mobil.</li><li>Videoer har teksting, og alle "
            "opptak har en transkripsjon.</li></ul><h2>Tilbakemelding</h2><p>Hvis noe ikke "
            "fungerer for deg, kontakt virksomheten som ga deg tilgang. Du kan også melde fra til "
            "Tilsynet for universell utforming av ikt.</p>"
        ),
    },
    "sv": {
        "title": "Tillgänglighetsredogörelse",
        "body": (
            "<p>Plattformen ska uppfylla riktlinjerna för tillgängligt webbinnehåll (WCAG) 2.1 på "
            "nivå AA, så som EU:s webbtillgänglighetsdirektiv kräver av offentliga aktörer.</p>"
            "<h2>Så tillgänglig är den</h2><ul><li>Alla sidor kan användas med enbart tangentbord, "
            "med synligt fokus och en länk som hoppar till huvudinnehållet.</li><li>Text och "
            "knappar har tillräcklig kontrast och anpassar sig till mobil.</li><li>Videor är "
            "textade och alla inspelningar har en transkribering.</li></ul><h2>Återkoppling</h2>"
            "<p>Om något inte fungerar för dig, kontakta den organisation som gav dig tillgång. "
            "Du kan också anmäla till Myndigheten för digital förvaltning (DIGG).</p>"
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
