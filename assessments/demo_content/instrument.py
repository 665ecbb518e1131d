"""The demonstration risk instrument (training only), as taught in the demo course
``modules.demo_content.m6_demo_instrument``.

Built for training on this platform from widely published risk factors. It is not SARA-SV,
SAM or PATRIARCH, reproduces none of their items or manuals, has not been validated, and must
not be used in real cases.
"""

INSTRUMENT: dict = {
    "key": "demo-risk-instrument",
    "version": "1.0",
    "en": {
        "name": "Demonstration risk instrument (training only)",
        "description": (
            "A demonstration instrument built for training on this platform from risk factors "
            "that are widely described in published research on serious partner violence. It "
            "is not SARA-SV, SAM or PATRIARCH, it does not reproduce their items or manuals, and "
            "it has not been validated. It lets learners practise structured professional "
            "judgement — rating twelve items and making summary judgements of risk and case "
            "priority — and compare their ratings with an expert panel's. It must not be used "
            "to assess real cases: in real cases, use the instrument you are certified in, or "
            "pass the case on according to your local procedure."
        ),
    },
    "da": {
        "name": "Demonstrationsinstrument til risikovurdering (kun til træning)",
        "description": (
            "Et demonstrationsinstrument, der er lavet til træning på platformen ud fra "
            "risikofaktorer, som er bredt beskrevet i den publicerede forskning om alvorlig "
            "partnervold. Det er ikke SARA-SV, SAM eller PATRIARCH, det gengiver ikke deres "
            "punkter eller manualer, og det er ikke valideret. Det giver kursisterne mulighed for "
            "at øve struktureret professionel vurdering — at vurdere tolv punkter og foretage "
            "samlede vurderinger af risiko og prioritet — og sammenligne deres vurderinger med "
            "et ekspertpanels. Det må ikke bruges til at vurdere virkelige sager: I virkelige "
            "sager bruger du det værktøj, du er certificeret i, eller giver sagen videre efter "
            "den lokale procedure."
        ),
    },
    "scale": [
        {"code": "N", "en": "Absent", "da": "Fraværende"},
        {
            "code": "P",
            "en": "Partially or possibly present",
            "da": "Delvist eller muligvis til stede",
        },
        {"code": "Y", "en": "Present", "da": "Til stede"},
    ],
    "omit": {
        "code": "O",
        "en": "Omit (insufficient information)",
        "da": "Udelad (utilstrækkelige oplysninger)",
    },
    "summary_judgements": [
        {
            "key": "risk",
            "en": "Risk of serious violence",
            "da": "Risiko for alvorlig vold",
            "options": [
                {"code": "low", "en": "Low", "da": "Lav"},
                {"code": "moderate", "en": "Moderate", "da": "Moderat"},
                {"code": "high", "en": "High", "da": "Høj"},
            ],
        },
        {
            "key": "priority",
            "en": "Case priority",
            "da": "Sagens prioritet",
            "options": [
                {"code": "routine", "en": "Routine", "da": "Rutine"},
                {"code": "elevated", "en": "Elevated", "da": "Forhøjet"},
                {"code": "urgent", "en": "Urgent", "da": "Akut"},
            ],
        },
    ],
    "items": [
        {
            "code": "D1",
            "en": {
                "title": "Recent escalation in frequency or severity of violence",
                "guidance": (
                    "Has the violence, physical or psychological, recently (roughly the last six "
                    "months) become more frequent or more severe, or taken new and more dangerous "
                    "forms? Build a timeline with the person and compare it with police and "
                    "health contacts. Rate Y for a clear increase, P for an increase described "
                    "only vaguely or where sources conflict, and N where the violence has been "
                    "stable or has decreased."
                ),
            },
            "da": {
                "title": "Nylig eskalering i voldens hyppighed eller grovhed",
                "guidance": (
                    "Er volden, fysisk eller psykisk, for nylig (cirka det seneste halve år) "
                    "blevet hyppigere eller grovere eller har den antaget nye og farligere "
                    "former? Lav en tidslinje sammen med personen, og sammenhold den med "
                    "politiets og sundhedsvæsenets kontakter. Vurdér Y ved en tydelig stigning, "
                    "P ved en stigning, der kun beskrives vagt, eller hvor kilderne er uenige, og "
                    "N, når volden har været stabil eller er aftaget."
                ),
            },
        },
        {
            "code": "D2",
            "en": {
                "title": "Threats to kill or seriously harm",
                "guidance": (
                    "Covers explicit or implied threats to kill or seriously injure the person, "
                    "the children or others close to them, including threats of suicide "
                    "together with others, whether made in person, in messages, through others "
                    "or by gestures. Do not dismiss a threat because it was made in anger. Rate "
                    "Y for clear threats, P for ambiguous threats or unconfirmed second-hand "
                    "reports, and N when there is information that no such threats have been "
                    "made."
                ),
            },
            "da": {
                "title": "Trusler om at dræbe eller skade alvorligt",
                "guidance": (
                    "Omfatter udtalte eller underforståede trusler om at dræbe eller skade "
                    "personen, børnene eller andre nære alvorligt, også trusler om selvmord "
                    "sammen med andre, uanset om de fremsættes direkte, i beskeder, gennem andre "
                    "eller med fagter. Afvis ikke en trussel, fordi den blev sagt i vrede. Vurdér "
                    "Y ved tydelige trusler, P ved tvetydige trusler eller ubekræftede "
                    "oplysninger fra andre og N, når der er oplysninger om, at der ikke er "
                    "fremsat sådanne trusler."
                ),
            },
        },
        {
            "code": "D3",
            "en": {
                "title": "Non-fatal strangulation or suffocation",
                "guidance": (
                    "Any pressure on the neck, or blocking of the nose and mouth, at any time in "
                    "the relationship; record when it happened. Ask specifically, since people "
                    "rarely use the word strangled and there are often no visible marks. Rate Y "
                    "when such pressure or blocked breathing is described, P when the "
                    "description is vague or comes from one unconfirmed source, and N only when "
                    "the person has been asked and it has not happened."
                ),
            },
            "da": {
                "title": "Ikke-dødelig kvælning eller blokering af vejrtrækningen",
                "guidance": (
                    "Ethvert tryk på halsen eller blokering af næse og mund på noget tidspunkt i "
                    "forholdet; notér, hvornår det skete. Spørg konkret, for voldsudsatte bruger "
                    "sjældent ordet kvalt, og der er ofte ingen synlige mærker. Vurdér Y, når et "
                    "sådant tryk eller blokeret vejrtrækning beskrives, P når beskrivelsen er "
                    "uklar eller kommer fra én ubekræftet kilde, og kun N, når personen er blevet "
                    "spurgt, og det ikke er sket."
                ),
            },
        },
        {
            "code": "D4",
            "en": {
                "title": "Recent or pending separation",
                "guidance": (
                    "The person has recently left, has announced or is planning to leave, or the "
                    "person using violence believes a separation is coming; a move to a shelter, "
                    "a divorce application and repeated break-ups all count. Ask carefully, as "
                    "plans to leave are often kept secret for good reasons. Rate Y for a recent "
                    "or clearly ongoing separation, P when leaving is being considered or "
                    "suspected by the partner, and N when no separation is in view."
                ),
            },
            "da": {
                "title": "Nyligt eller forestående brud",
                "guidance": (
                    "Personen er for nylig gået, har meddelt eller planlægger at gå, eller den "
                    "voldsudøvende tror, at et brud er på vej; flytning på krisecenter, "
                    "ansøgning om skilsmisse og gentagne brud tæller alle med. Spørg varsomt, for "
                    "planer om at gå holdes ofte hemmelige af gode grunde. Vurdér Y ved et nyligt "
                    "eller tydeligt igangværende brud, P når det overvejes at gå, eller partneren "
                    "har mistanke om det, og N, når der ikke er noget brud i sigte."
                ),
            },
        },
        {
            "code": "D5",
            "en": {
                "title": "Stalking, monitoring or persistent unwanted contact",
                "guidance": (
                    "Following, watching the home or workplace, turning up uninvited, repeated "
                    "calls and messages, contact through children or relatives, tracking of "
                    "phones or cars, and monitoring of messages or social media, during or after "
                    "the relationship. Help the person keep a dated log. Rate Y for a persistent "
                    "pattern, P for isolated incidents or unconfirmed suspected tracking, and N "
                    "when there is information that no such behaviour occurs."
                ),
            },
            "da": {
                "title": "Stalking, overvågning eller vedvarende uønsket kontakt",
                "guidance": (
                    "At følge efter, holde øje med hjem eller arbejdsplads, dukke uanmeldt op, "
                    "gentagne opkald og beskeder, kontakt gennem børn eller familie, sporing af "
                    "telefon eller bil og overvågning af beskeder eller sociale medier, under "
                    "eller efter forholdet. Hjælp personen med at føre en dateret log. Vurdér Y "
                    "ved et vedvarende mønster, P ved enkeltstående episoder eller ubekræftet "
                    "mistanke om sporing og N, når der er oplysninger om, at den slags adfærd "
                    "ikke forekommer."
                ),
            },
        },
        {
            "code": "D6",
            "en": {
                "title": "Access to or threats with weapons",
                "guidance": (
                    "Access to firearms, legal or illegal, or to other weapons, including through "
                    "work, and any use or display of knives or objects as weapons or threats to "
                    "obtain one. Ask the police whether weapons are registered. Rate Y for "
                    "confirmed access or any threat with a weapon, P for reported but "
                    "unconfirmed access, N when it has been checked that there is no access, and "
                    "Omit when nobody knows."
                ),
            },
            "da": {
                "title": "Adgang til eller trusler med våben",
                "guidance": (
                    "Adgang til skydevåben, lovlige eller ulovlige, eller til andre våben, også "
                    "via arbejdet, og enhver brug eller fremvisning af knive eller genstande som "
                    "våben eller trusler om at skaffe et. Spørg politiet, om der er registrerede "
                    "våben. Vurdér Y ved bekræftet adgang eller enhver trussel med våben, P ved "
                    "oplyst, men ubekræftet adgang, N når det er undersøgt, at der ikke er "
                    "adgang, og Udelad, når ingen ved det."
                ),
            },
        },
        {
            "code": "D7",
            "en": {
                "title": "Intense jealousy and coercive control",
                "guidance": (
                    "A pattern of controlling the person's life: accusations of infidelity, "
                    "control of money, phone, clothes and contacts, isolation, humiliation, and "
                    "rules enforced with punishment. Look at the pattern over time, not at single "
                    "episodes. Rate Y for a clear pattern of control, P for jealousy or some "
                    "controlling behaviour without a clear pattern, and N when the relationship "
                    "shows no such control."
                ),
            },
            "da": {
                "title": "Intens jalousi og tvingende kontrol",
                "guidance": (
                    "Et mønster af kontrol med personens liv: beskyldninger om utroskab, kontrol "
                    "med penge, telefon, tøj og kontakter, isolation, ydmygelser og regler, der "
                    "håndhæves med straf. Se på mønsteret over tid, ikke på enkelte episoder. "
                    "Vurdér Y ved et tydeligt kontrolmønster, P ved jalousi eller en vis "
                    "kontrollerende adfærd uden et tydeligt mønster og N, når forholdet ikke "
                    "viser den slags kontrol."
                ),
            },
        },
        {
            "code": "D8",
            "en": {
                "title": "Violation of restraining orders or other sanctions",
                "guidance": (
                    "Breaches, now or in the past, of restraining or exclusion orders, release "
                    "or probation conditions, contact decisions or police warnings; they show "
                    "that the law does not stop the person. Ask the police about reported "
                    "breaches. Rate Y for confirmed breaches, P for reported but unconfirmed "
                    "breaches or breaches of informal agreements with authorities, and N when "
                    "sanctions have been respected or none have been imposed (noting that the "
                    "item then tells you little)."
                ),
            },
            "da": {
                "title": "Overtrædelse af tilhold eller andre sanktioner",
                "guidance": (
                    "Overtrædelser, nu eller tidligere, af tilhold, bortvisning, vilkår ved "
                    "løsladelse eller prøvetid, afgørelser om samvær eller advarsler fra "
                    "politiet; de viser, at loven ikke stopper personen. Spørg politiet om "
                    "anmeldte overtrædelser. Vurdér Y ved bekræftede overtrædelser, P ved "
                    "oplyste, men ubekræftede overtrædelser eller brud på uformelle aftaler med "
                    "myndigheder og N, når sanktioner er overholdt, eller der ikke er pålagt "
                    "nogen (og notér da, at punktet siger meget lidt)."
                ),
            },
        },
        {
            "code": "D9",
            "en": {
                "title": "Pregnancy or a newborn child",
                "guidance": (
                    "The person exposed to violence is pregnant or has a child under one year "
                    "old. Violence often starts or escalates in pregnancy, and the unborn or "
                    "newborn child is also at risk. Rate Y for a confirmed pregnancy or a child "
                    "under one, P for a possible but unconfirmed pregnancy, and N otherwise."
                ),
            },
            "da": {
                "title": "Graviditet eller et nyfødt barn",
                "guidance": (
                    "Den voldsudsatte er gravid eller har et barn under et år. Vold begynder "
                    "eller eskalerer ofte under graviditeten, og det ufødte eller nyfødte barn er "
                    "også i fare. Vurdér Y ved en bekræftet graviditet eller et barn under et "
                    "år, P ved en mulig, men ubekræftet graviditet og ellers N."
                ),
            },
        },
        {
            "code": "D10",
            "en": {
                "title": "Victim's own assessment of fear",
                "guidance": (
                    "How afraid the person exposed to violence is, and how they judge the danger; "
                    "ask directly what they think the other person might do. Strong fear is a "
                    "serious warning sign, but many people minimise the danger. Rate Y for strong "
                    "fear for life or safety, P for some fear or uncertainty, and N when the "
                    "person says they are not afraid — and never let a low rating here lower the "
                    "summary judgement when other items point to high risk."
                ),
            },
            "da": {
                "title": "Den voldsudsattes egen vurdering af sin frygt",
                "guidance": (
                    "Hvor bange den voldsudsatte er, og hvordan vedkommende selv vurderer faren; "
                    "spørg direkte, hvad personen tror, den anden kunne finde på. Stærk frygt er "
                    "et alvorligt advarselstegn, men mange bagatelliserer faren. Vurdér Y ved "
                    "stærk frygt for liv eller sikkerhed, P ved en vis frygt eller usikkerhed og "
                    "N, når personen siger, at vedkommende ikke er bange — og lad aldrig en lav "
                    "vurdering her sænke den samlede vurdering, når andre punkter peger på høj "
                    "risiko."
                ),
            },
        },
        {
            "code": "D11",
            "en": {
                "title": "Problems with substance use",
                "guidance": (
                    "Problematic use of alcohol, drugs or medication by the person who uses "
                    "violence, especially when violence happens under the influence or use is "
                    "increasing. Substance use does not explain or excuse violence, and the "
                    "victim's own use is not rated here. Rate Y for clear problems linked to "
                    "daily life or to the violence, P for reported heavy use without clear "
                    "problems, and N when there is no problematic use."
                ),
            },
            "da": {
                "title": "Problemer med brug af rusmidler",
                "guidance": (
                    "Problematisk brug af alkohol, stoffer eller medicin hos den voldsudøvende, "
                    "især når volden sker i påvirket tilstand, eller forbruget stiger. Rusmidler "
                    "forklarer eller undskylder ikke vold, og den voldsudsattes eget forbrug "
                    "vurderes ikke her. Vurdér Y ved tydelige problemer, der hænger sammen med "
                    "hverdagen eller volden, P ved oplyst stort forbrug uden tydelige problemer "
                    "og N, når der ikke er et problematisk forbrug."
                ),
            },
        },
        {
            "code": "D12",
            "en": {
                "title": "Conflicts over child contact or custody",
                "guidance": (
                    "Ongoing or threatened disputes about custody, residence or contact, cases "
                    "at the Family Court House or the courts, conflict at handovers, threats to "
                    "take the children abroad or to stop contact, and using the children to "
                    "control. Such conflicts create occasions for contact and keep violence "
                    "going after separation. Rate Y for an active dispute with conflict or "
                    "threats, P for disagreement about contact without a case or threats, and N "
                    "when there are no children together or no conflict."
                ),
            },
            "da": {
                "title": "Konflikter om samvær eller forældremyndighed",
                "guidance": (
                    "Igangværende eller truende uenighed om forældremyndighed, bopæl eller "
                    "samvær, sager i Familieretshuset eller ved retten, konflikter ved "
                    "overleveringer, trusler om at tage børnene til udlandet eller forhindre "
                    "samvær og brug af børnene til at kontrollere. Sådanne konflikter giver "
                    "anledning til kontakt og holder volden i gang efter et brud. Vurdér Y ved en "
                    "aktiv konflikt med skænderier eller trusler, P ved uenighed om samvær uden "
                    "sag eller trusler og N, når der ikke er fælles børn eller ingen konflikt."
                ),
            },
        },
    ],
}
