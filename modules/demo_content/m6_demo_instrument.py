"""Demo course: theory of the demonstration risk instrument (a training-only instrument)."""

MODULE = {
    "slug": "demonstration-risk-instrument",
    "audience": ["children_youth", "family_court", "police", "other"],
    "minutes": 55,
    "prerequisites": ["risk-assessment-and-safety-planning"],
    "en": {
        "title": "Theory of the demonstration risk instrument",
        "summary": (
            "The theory you need before practising with the demonstration instrument. The "
            "instrument was built for training on this platform from widely published "
            "risk factors; it is not SARA-SV, SAM or PATRIARCH and must not be used in "
            "real cases. You learn structured professional judgement, the rating scale, "
            "the twelve items D1-D12, the summary judgements, and how practice cases are "
            "scored against reference ratings (in this demo, the authors' illustrative "
            "ratings, not a real expert panel's)."
        ),
        "objectives": [
            (
                "Explain that the demonstration instrument is for training only, and why "
                "it is not used in real cases."
            ),
            "Describe the steps of structured professional judgement.",
            "Rate items as N, P, Y or Omit, and tell “omit” from “absent”.",
            "Apply the guidance for items D1 to D12 to a case description.",
            (
                "Make and explain summary judgements of risk and case priority, and "
                "understand how practice cases are scored."
            ),
        ],
    },
    "da": {
        "title": "Teori: demonstrationsinstrumentet til risikovurdering",
        "summary": (
            "Den teori, du skal kende, før du øver dig med demonstrationsinstrumentet. "
            "Det er lavet til træning på platformen ud fra bredt publicerede "
            "risikofaktorer; det er ikke SARA-SV, SAM eller PATRIARCH og må ikke bruges i "
            "virkelige sager. Du lærer struktureret professionel vurdering, "
            "vurderingsskalaen, de tolv punkter D1-D12, de samlede vurderinger, og "
            "hvordan øvelsessager bedømmes op imod referencevurderinger (i denne demo "
            "forfatternes illustrative vurderinger, ikke et rigtigt ekspertpanels)."
        ),
        "objectives": [
            (
                "Forklare, at demonstrationsinstrumentet kun er til træning, og hvorfor "
                "det ikke bruges i virkelige sager."
            ),
            "Beskrive trinene i struktureret professionel vurdering.",
            "Vurdere punkter som N, P, Y eller Udelad og skelne mellem »udelad« og »fraværende«.",
            "Anvende vejledningen til punkt D1-D12 på en sagsbeskrivelse.",
            (
                "Foretage og begrunde samlede vurderinger af risiko og prioritet og "
                "forstå, hvordan øvelsessager bedømmes."
            ),
        ],
    },
    "lessons": [
        {
            "slug": "about-the-demonstration-instrument",
            "minutes": 14,
            "required": True,
            "en": {
                "title": "The demonstration instrument and structured professional judgement",
                "body": [
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "A demonstration instrument — for training only",
                            "text": (
                                "<p>The instrument taught in this course is a "
                                "<strong>demonstration instrument</strong>, built for "
                                "training on this platform from risk factors that are "
                                "widely described in published research. It is "
                                "<strong>not</strong> SARA-SV, SAM or PATRIARCH, it does "
                                "not reproduce their items or manuals, and it has not "
                                "been validated. <strong>Never use it to assess a real "
                                "case.</strong> In real cases, use the instrument you are "
                                "certified in, or pass the case on according to your "
                                "local procedure.</p>"
                            ),
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Why learn an instrument that may not be used? Because the "
                            "method is the same in the recognised instruments: you "
                            "collect information, rate a set of risk factors, consider "
                            "how they work in the case in front of you, and reach summary "
                            "judgements that lead to a safety plan. The demonstration "
                            "instrument lets you practise that method, and the way the "
                            "platform's certification tracks and scored practice cases "
                            "work, before you are trained in an instrument your "
                            "organisation has licensed.</p><h3>Three ways to assess "
                            "risk</h3><ul><li><strong>Unstructured professional "
                            "judgement</strong> relies on experience and intuition. It is "
                            "flexible, but different professionals reach different "
                            "conclusions on the same case, and important factors are "
                            "easily missed.</li><li><strong>Actuarial tools</strong> add "
                            "up scores on fixed factors and compare the total with "
                            "statistical tables. They are consistent, but cannot take "
                            "account of what is unusual about a case and say little about "
                            "what to do.</li><li><strong>Structured professional "
                            "judgement</strong> combines the two: a fixed list of "
                            "research-based risk factors with guidance on how to rate "
                            "them, followed by a professional judgement that is explained "
                            "and linked to action. SARA-SV, SAM and PATRIARCH, and the "
                            "demonstration instrument, all follow this approach.</li></ul>"
                            "<h3>The steps of structured professional judgement</h3><ol>"
                            "<li><strong>Gather information from several "
                            "sources.</strong> The conversation with the person exposed "
                            "to violence is central, but add what is in case files, "
                            "police records, health records and reports from other "
                            "services. Note where sources disagree.</li><li><strong>Rate "
                            "each item</strong> for whether the risk factor is present, "
                            "using the rating scale below.</li><li><strong>Consider "
                            "relevance.</strong> For each factor that is present, ask how "
                            "it affects the risk in this case: is it current, is it "
                            "directed at this person, does it combine with other "
                            "factors?</li><li><strong>Make summary judgements</strong> "
                            "about the risk of serious violence and the priority of the "
                            "case, write down your reasons, and use them to build the "
                            "safety plan.</li></ol><h3>The rating scale</h3><ul><li>"
                            "<strong>N — Absent.</strong> The information available shows "
                            "that the risk factor is not present.</li><li><strong>P — "
                            "Partially or possibly present.</strong> The factor is "
                            "present to a limited degree, or there are indications that "
                            "it may be present but they are unconfirmed or "
                            "contradictory.</li><li><strong>Y — Present.</strong> The "
                            "information clearly shows that the factor is present.</li>"
                            "<li><strong>Omit — insufficient information.</strong> You do "
                            "not have enough information to rate the item at all. Write "
                            "down what is missing and how you will find out.</li></ul>"
                            "<p>The codes N, P and Y are the same in every language on "
                            "the platform.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "“Omit” is not the same as “absent”",
                            "text": (
                                "<p>Rate <strong>N</strong> only when you have "
                                "information showing that the factor is not there. If you "
                                "simply do not know — nobody has asked about weapons, say "
                                "— rate <strong>Omit</strong> and make finding out part "
                                "of your plan. Rating an unknown as absent makes the case "
                                "look safer than it is, and it is one of the most common "
                                "and most dangerous errors in risk assessment.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Demonstrationsinstrumentet og struktureret professionel vurdering",
                "body": [
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Et demonstrationsinstrument — kun til træning",
                            "text": (
                                "<p>Det instrument, du lærer på dette kursus, er et "
                                "<strong>demonstrationsinstrument</strong>, der er lavet "
                                "til træning på platformen ud fra risikofaktorer, som er "
                                "bredt beskrevet i forskningen. Det er "
                                "<strong>ikke</strong> SARA-SV, SAM eller PATRIARCH, det "
                                "gengiver ikke deres punkter eller manualer, og det er "
                                "ikke valideret. <strong>Brug det aldrig til at vurdere "
                                "en virkelig sag.</strong> I virkelige sager bruger du "
                                "det værktøj, du er certificeret i, eller giver sagen "
                                "videre efter den lokale procedure.</p>"
                            ),
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Hvorfor lære et instrument, som ikke må bruges? Fordi "
                            "metoden er den samme i de anerkendte værktøjer: Du indsamler "
                            "oplysninger, vurderer en række risikofaktorer, overvejer, "
                            "hvordan de virker i den konkrete sag, og når frem til "
                            "samlede vurderinger, der fører til en sikkerhedsplan. "
                            "Demonstrationsinstrumentet giver dig mulighed for at øve "
                            "metoden og lære, hvordan platformens certificeringsforløb og "
                            "bedømte øvelsessager fungerer, før du bliver uddannet i et "
                            "værktøj, som din organisation har licens til.</p><h3>Tre "
                            "måder at vurdere risiko på</h3><ul><li><strong>Ustruktureret "
                            "faglig vurdering</strong> bygger på erfaring og intuition. "
                            "Den er fleksibel, men forskellige fagpersoner når frem til "
                            "forskellige konklusioner i den samme sag, og vigtige "
                            "faktorer overses let.</li><li><strong>Aktuarielle "
                            "værktøjer</strong> lægger point for faste faktorer sammen og "
                            "sammenligner summen med statistiske tabeller. De er "
                            "ensartede, men kan ikke tage højde for det særlige ved en "
                            "sag og siger kun lidt om, hvad der skal gøres.</li><li>"
                            "<strong>Struktureret professionel vurdering</strong> "
                            "kombinerer de to: en fast liste af forskningsbaserede "
                            "risikofaktorer med vejledning i, hvordan de vurderes, "
                            "efterfulgt af en faglig vurdering, der begrundes og kobles "
                            "til handling. SARA-SV, SAM og PATRIARCH — og "
                            "demonstrationsinstrumentet — følger alle denne tilgang.</li>"
                            "</ul><h3>Trinene i struktureret professionel vurdering</h3>"
                            "<ol><li><strong>Indsaml oplysninger fra flere "
                            "kilder.</strong> Samtalen med den voldsudsatte er central, "
                            "men suppler med sagsakter, politiets oplysninger, "
                            "sundhedsoplysninger og oplysninger fra andre instanser. "
                            "Notér, hvor kilderne er uenige.</li><li><strong>Vurdér hvert "
                            "punkt</strong> med hensyn til, om risikofaktoren er til "
                            "stede, efter skalaen nedenfor.</li><li><strong>Overvej "
                            "relevansen.</strong> For hver faktor, der er til stede: "
                            "Hvordan påvirker den risikoen i netop denne sag? Er den "
                            "aktuel, er den rettet mod denne person, og spiller den "
                            "sammen med andre faktorer?</li><li><strong>Foretag samlede "
                            "vurderinger</strong> af risikoen for alvorlig vold og af "
                            "sagens prioritet, skriv begrundelsen ned, og brug den til at "
                            "lægge sikkerhedsplanen.</li></ol><h3>Vurderingsskalaen</h3>"
                            "<ul><li><strong>N — Fraværende.</strong> De foreliggende "
                            "oplysninger viser, at risikofaktoren ikke er til stede.</li>"
                            "<li><strong>P — Delvist eller muligvis til stede.</strong> "
                            "Faktoren er til stede i begrænset grad, eller der er tegn "
                            "på, at den kan være til stede, men de er ubekræftede eller "
                            "modstridende.</li><li><strong>Y — Til stede.</strong> "
                            "Oplysningerne viser klart, at faktoren er til stede.</li><li>"
                            "<strong>Udelad — utilstrækkelige oplysninger.</strong> Du "
                            "har ikke oplysninger nok til overhovedet at vurdere punktet. "
                            "Skriv ned, hvad der mangler, og hvordan du vil finde ud af "
                            "det.</li></ul><p>Koderne N, P og Y er de samme på alle "
                            "platformens sprog.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "»Udelad« er ikke det samme som »fraværende«",
                            "text": (
                                "<p>Vurdér kun <strong>N</strong>, når du har "
                                "oplysninger, der viser, at faktoren ikke er til stede. "
                                "Ved du det simpelthen ikke — har ingen fx spurgt til "
                                "våben — så vælg <strong>Udelad</strong>, og gør det til "
                                "en del af planen at finde ud af det. At vurdere noget "
                                "ukendt som fraværende får sagen til at se sikrere ud, "
                                "end den er, og det er en af de hyppigste og farligste "
                                "fejl i risikovurdering.</p>"
                            ),
                        },
                    },
                ],
            },
        },
        {
            "slug": "items-d1-d6",
            "minutes": 13,
            "required": True,
            "en": {
                "title": "Items D1-D6: the violence and the situation",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>The demonstration instrument has twelve items, D1 to D12. "
                            "This lesson covers D1 to D6, which concern the violence "
                            "itself and the situation around it. For each item you will "
                            "find what it covers, an example, and guidance on the rating. "
                            "In this instrument, <strong>recent</strong> means roughly "
                            "the last six months unless the item says otherwise. Items "
                            "concern the behaviour of the person who uses violence, "
                            "except where the item clearly refers to the person exposed "
                            "to it (D9, D10).</p><p>Remember that you rate what the "
                            "information shows, not what you fear or hope. When the "
                            "information points in different directions, P is often the "
                            "right rating — and the disagreement itself should be written "
                            "down.</p>"
                        ),
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Items D1-D6",
                            "items": [
                                {
                                    "question": (
                                        "D1 Recent escalation in frequency or severity of violence"
                                    ),
                                    "answer": (
                                        "<p>Has the violence recently become more "
                                        "frequent, more severe, or taken new and more "
                                        "dangerous forms — for example from shouting and "
                                        "pushing to hitting, or from hitting to using "
                                        "objects? Psychological violence that becomes "
                                        "more intense also counts. Build a timeline with "
                                        "the person and compare it with police call-outs "
                                        "and health contacts.</p><p>"
                                        "<strong>Example:</strong> For years there were "
                                        "occasional pushes; in the last two months there "
                                        "have been three beatings, one of which left a "
                                        "broken wrist.</p><p>Rate Y when there is a clear "
                                        "increase, P when the person says it has got "
                                        "“worse lately” without detail or when sources "
                                        "conflict, and N when the violence has been "
                                        "stable or has decreased. Stable violence is "
                                        "still violence; other items will reflect it.</p>"
                                    ),
                                },
                                {
                                    "question": "D2 Threats to kill or seriously harm",
                                    "answer": (
                                        "<p>Explicit or implied threats to kill or "
                                        "seriously injure the person, the children, "
                                        "others close to them, or to take their own life "
                                        "together with others. Threats may come in "
                                        "person, in messages, through third parties or "
                                        "through gestures, such as showing a knife. Do "
                                        "not dismiss threats because they were said in "
                                        "anger.</p><p><strong>Example:</strong> A text "
                                        "message: “If you take the kids, you'll end up in "
                                        "a box.”</p><p>Rate Y for clear threats, P for "
                                        "ambiguous threats (“you'll regret this”) or "
                                        "threats reported second-hand and not confirmed, "
                                        "and N when there is information that no such "
                                        "threats have been made.</p>"
                                    ),
                                },
                                {
                                    "question": "D3 Non-fatal strangulation or suffocation",
                                    "answer": (
                                        "<p>Any pressure on the neck — with hands, an arm "
                                        "or an object — or blocking of the nose and "
                                        "mouth, at any time in the relationship. Record "
                                        "when it happened. People rarely use the word "
                                        "“strangled”; they say “he held me by the throat” "
                                        "or “grabbed my neck”. Ask specifically, and "
                                        "remember that strangulation often leaves no "
                                        "visible marks.</p><p><strong>Example:</strong> "
                                        "“He pinned me against the wall with his forearm "
                                        "across my neck until I saw stars.”</p><p>Rate Y "
                                        "when pressure on the neck or blocked breathing "
                                        "is described, P when the description is vague (a "
                                        "grip near the neck, unclear pressure) or comes "
                                        "from a single unconfirmed source, and N only "
                                        "when the person has been asked and it has not "
                                        "happened.</p>"
                                    ),
                                },
                                {
                                    "question": "D4 Recent or pending separation",
                                    "answer": (
                                        "<p>The person has recently left the "
                                        "relationship, has announced or is planning to "
                                        "leave, or the person using violence believes a "
                                        "separation is coming. Moving to a shelter, "
                                        "applying for divorce and repeated break-ups and "
                                        "reconciliations all count. Ask carefully: plans "
                                        "to leave are often kept secret for good "
                                        "reasons.</p><p><strong>Example:</strong> Maria "
                                        "moved to a shelter two weeks ago and has applied "
                                        "for divorce.</p><p>Rate Y for a separation in "
                                        "the recent period or one that is clearly under "
                                        "way, P when the person is considering leaving or "
                                        "the partner suspects it, and N when no "
                                        "separation is in view.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "D5 Stalking, monitoring or persistent unwanted contact"
                                    ),
                                    "answer": (
                                        "<p>Following, watching the home or workplace, "
                                        "turning up uninvited, repeated calls and "
                                        "messages, contact through children or relatives, "
                                        "tracking phones or cars, reading messages or "
                                        "monitoring social media — during the "
                                        "relationship or after it. Help the person keep a "
                                        "log with dates and times.</p><p>"
                                        "<strong>Example:</strong> After the break-up he "
                                        "sends 40-50 messages a day and has twice been "
                                        "waiting outside her workplace.</p><p>Rate Y for "
                                        "a persistent pattern, P for isolated incidents "
                                        "or suspected tracking that has not been "
                                        "confirmed, and N when there is information that "
                                        "no such behaviour occurs.</p>"
                                    ),
                                },
                                {
                                    "question": "D6 Access to or threats with weapons",
                                    "answer": (
                                        "<p>Access to firearms — legal, such as for "
                                        "hunting or sport, or illegal — or to other "
                                        "weapons, and any use or display of knives or "
                                        "objects as weapons. Consider access through work "
                                        "(for example the military or security jobs) and "
                                        "threats to obtain a weapon. Ask the police "
                                        "whether weapons are registered.</p><p>"
                                        "<strong>Example:</strong> He keeps a hunting "
                                        "rifle in the basement and once, during an "
                                        "argument, took it out and loaded it.</p><p>Rate "
                                        "Y for confirmed access or any threat with a "
                                        "weapon, P for reported but unconfirmed access, N "
                                        "when it has been checked that there is no access "
                                        "— and Omit when nobody knows, which is "
                                        "common.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "A rating is not yet a judgement",
                            "text": (
                                "<p>Rating D1 to D6 tells you which risk factors are "
                                "present. It does not tell you what they mean together. "
                                "That comes in the summary judgement, after you have "
                                "considered the relevance of each factor in the case.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Punkt D1-D6: volden og situationen",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Demonstrationsinstrumentet har tolv punkter, D1 til D12. "
                            "Denne lektion gennemgår D1 til D6, som handler om selve "
                            "volden og situationen omkring den. For hvert punkt finder "
                            "du, hvad det dækker, et eksempel og vejledning i "
                            "vurderingen. I dette instrument betyder "
                            "<strong>nylig</strong> cirka det seneste halve år, medmindre "
                            "punktet siger andet. Punkterne handler om den voldsudøvendes "
                            "adfærd, undtagen hvor punktet tydeligt drejer sig om den "
                            "voldsudsatte (D9, D10).</p><p>Husk, at du vurderer det, "
                            "oplysningerne viser — ikke det, du frygter eller håber. "
                            "Peger oplysningerne i forskellige retninger, er P ofte den "
                            "rigtige vurdering, og uenigheden skal i sig selv skrives "
                            "ned.</p>"
                        ),
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Punkt D1-D6",
                            "items": [
                                {
                                    "question": (
                                        "D1 Nylig eskalering i voldens hyppighed eller grovhed"
                                    ),
                                    "answer": (
                                        "<p>Er volden for nylig blevet hyppigere, grovere "
                                        "eller har den antaget nye og farligere former — "
                                        "fx fra råb og skub til slag eller fra slag til "
                                        "brug af genstande? Psykisk vold, der bliver mere "
                                        "intens, tæller også. Lav en tidslinje sammen med "
                                        "den voldsudsatte, og sammenhold den med "
                                        "politiets udrykninger og kontakter til "
                                        "sundhedsvæsenet.</p><p>"
                                        "<strong>Eksempel:</strong> I årevis var der "
                                        "enkelte skub; de seneste to måneder har han "
                                        "tævet hende tre gange, og den ene gang fik hun "
                                        "et brækket håndled.</p><p>Vurdér Y ved en "
                                        "tydelig stigning, P når personen siger, at det "
                                        "er blevet »værre på det seneste« uden detaljer, "
                                        "eller når kilderne er uenige, og N når volden "
                                        "har været stabil eller er aftaget. Stabil vold "
                                        "er stadig vold; det afspejles i andre "
                                        "punkter.</p>"
                                    ),
                                },
                                {
                                    "question": "D2 Trusler om at dræbe eller skade alvorligt",
                                    "answer": (
                                        "<p>Udtalte eller underforståede trusler om at "
                                        "dræbe eller skade den voldsudsatte, børnene "
                                        "eller andre nære alvorligt eller om at tage sit "
                                        "eget liv sammen med andre. Trusler kan komme "
                                        "direkte, i beskeder, gennem andre eller som "
                                        "fagter, fx ved at vise en kniv. Afvis ikke "
                                        "trusler, fordi de blev sagt i vrede.</p><p>"
                                        "<strong>Eksempel:</strong> En sms: »Hvis du "
                                        "tager ungerne, ender du i en kiste.«</p>"
                                        "<p>Vurdér Y ved tydelige trusler, P ved "
                                        "tvetydige trusler (»det kommer du til at "
                                        "fortryde«) eller trusler, der er fortalt videre "
                                        "af andre og ikke bekræftet, og N når der er "
                                        "oplysninger om, at der ikke er fremsat sådanne "
                                        "trusler.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "D3 Ikke-dødelig kvælning eller blokering af vejrtrækningen"
                                    ),
                                    "answer": (
                                        "<p>Ethvert tryk på halsen — med hænder, en arm "
                                        "eller en genstand — eller blokering af næse og "
                                        "mund på noget tidspunkt i forholdet. Notér, "
                                        "hvornår det skete. Voldsudsatte bruger sjældent "
                                        "ordet »kvalt«; de siger »han tog mig om halsen« "
                                        "eller »han tog kvælertag«. Spørg konkret, og "
                                        "husk, at kvælning ofte ikke efterlader synlige "
                                        "mærker.</p><p><strong>Eksempel:</strong> »Han "
                                        "pressede mig op ad væggen med underarmen over "
                                        "halsen, til jeg så stjerner.«</p><p>Vurdér Y, "
                                        "når tryk på halsen eller blokeret vejrtrækning "
                                        "beskrives, P når beskrivelsen er uklar (et greb "
                                        "nær halsen, uklart tryk) eller kommer fra en "
                                        "enkelt ubekræftet kilde, og kun N, når personen "
                                        "er blevet spurgt, og det ikke er sket.</p>"
                                    ),
                                },
                                {
                                    "question": "D4 Nyligt eller forestående brud",
                                    "answer": (
                                        "<p>Den voldsudsatte har for nylig forladt "
                                        "forholdet, har meddelt eller planlægger at gå, "
                                        "eller den voldsudøvende tror, at et brud er på "
                                        "vej. Flytning på krisecenter, ansøgning om "
                                        "skilsmisse og gentagne brud og forsoninger "
                                        "tæller alle med. Spørg varsomt: Planer om at gå "
                                        "holdes ofte hemmelige af gode grunde.</p><p>"
                                        "<strong>Eksempel:</strong> Maria flyttede på "
                                        "krisecenter for to uger siden og har søgt om "
                                        "skilsmisse.</p><p>Vurdér Y ved et brud i den "
                                        "seneste periode eller et brud, der tydeligt er i "
                                        "gang, P når personen overvejer at gå, eller "
                                        "partneren har mistanke om det, og N når der ikke "
                                        "er noget brud i sigte.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "D5 Stalking, overvågning eller vedvarende uønsket kontakt"
                                    ),
                                    "answer": (
                                        "<p>At følge efter, holde øje med hjem eller "
                                        "arbejdsplads, dukke uanmeldt op, ringe og skrive "
                                        "gentagne gange, tage kontakt gennem børn eller "
                                        "familie, spore telefon eller bil, læse beskeder "
                                        "eller overvåge sociale medier — under forholdet "
                                        "eller efter. Hjælp personen med at føre log med "
                                        "datoer og klokkeslæt.</p><p>"
                                        "<strong>Eksempel:</strong> Efter bruddet sender "
                                        "han 40-50 beskeder om dagen og har to gange "
                                        "stået og ventet uden for hendes arbejdsplads.</p>"
                                        "<p>Vurdér Y ved et vedvarende mønster, P ved "
                                        "enkeltstående episoder eller mistanke om "
                                        "sporing, der ikke er bekræftet, og N når der er "
                                        "oplysninger om, at den slags adfærd ikke "
                                        "forekommer.</p>"
                                    ),
                                },
                                {
                                    "question": "D6 Adgang til eller trusler med våben",
                                    "answer": (
                                        "<p>Adgang til skydevåben — lovligt, fx til jagt "
                                        "eller sport, eller ulovligt — eller til andre "
                                        "våben, og enhver brug eller fremvisning af knive "
                                        "eller genstande som våben. Tænk på adgang via "
                                        "arbejdet (fx forsvaret eller vagtbranchen) og "
                                        "trusler om at skaffe et våben. Spørg politiet, "
                                        "om der er registrerede våben.</p><p>"
                                        "<strong>Eksempel:</strong> Han har en jagtriffel "
                                        "i kælderen og tog den en gang frem og ladede den "
                                        "under et skænderi.</p><p>Vurdér Y ved bekræftet "
                                        "adgang eller enhver trussel med våben, P ved "
                                        "oplyst, men ubekræftet adgang, N når det er "
                                        "undersøgt, at der ikke er adgang — og Udelad, "
                                        "når ingen ved det, hvilket er almindeligt.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": (
                                "En vurdering af punkterne er endnu ikke en samlet vurdering"
                            ),
                            "text": (
                                "<p>Vurderingen af D1 til D6 fortæller dig, hvilke "
                                "risikofaktorer der er til stede. Den fortæller ikke, "
                                "hvad de betyder tilsammen. Det kommer i den samlede "
                                "vurdering, når du har overvejet, hvilken relevans hver "
                                "faktor har i sagen.</p>"
                            ),
                        },
                    },
                ],
            },
        },
        {
            "slug": "items-d7-d12",
            "minutes": 14,
            "required": True,
            "en": {
                "title": "Items D7-D12: control, sanctions and circumstances",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Items D7 to D12 concern control, the response to "
                            "sanctions, the situation of the person exposed to violence, "
                            "and circumstances that often fuel conflict. Several of them "
                            "are easy to overlook because they do not involve physical "
                            "violence — but coercive control and conflicts over children "
                            "are among the situations in which serious violence "
                            "develops.</p>"
                        ),
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Items D7-D12",
                            "items": [
                                {
                                    "question": "D7 Intense jealousy and coercive control",
                                    "answer": (
                                        "<p>A pattern of controlling the person's life: "
                                        "jealousy and accusations of infidelity, control "
                                        "of money, phone, clothes and whom they see, "
                                        "isolation from family and friends, humiliation, "
                                        "and rules with punishments. This is the "
                                        "psychological violence you learned about "
                                        "earlier; look at the pattern, not at single "
                                        "episodes.</p><p><strong>Example:</strong> He "
                                        "checks her bank account daily, she must send a "
                                        "photo to prove where she is, and he has "
                                        "forbidden her to see her sister.</p><p>Rate Y "
                                        "for a clear pattern of control, P when there is "
                                        "jealousy or some controlling acts without a "
                                        "clear pattern, and N when the relationship shows "
                                        "no such control.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "D8 Violation of restraining orders or other sanctions"
                                    ),
                                    "answer": (
                                        "<p>Breaches of restraining orders, exclusion "
                                        "orders, conditions of release or probation, "
                                        "decisions on contact, or police warnings, now or "
                                        "in the past. A person who ignores sanctions "
                                        "shows that the law does not stop them. Ask the "
                                        "police about reported breaches, and encourage "
                                        "the person to report every breach.</p><p>"
                                        "<strong>Example:</strong> Despite a restraining "
                                        "order, he has phoned her twice and left flowers "
                                        "at her door.</p><p>Rate Y for confirmed "
                                        "breaches, P for reported but unconfirmed "
                                        "breaches or breaches of informal agreements with "
                                        "authorities, and N when sanctions have been "
                                        "respected or none have been imposed. In the last "
                                        "case, note that the item tells you little.</p>"
                                    ),
                                },
                                {
                                    "question": "D9 Pregnancy or a newborn child",
                                    "answer": (
                                        "<p>The person exposed to violence is pregnant or "
                                        "has a child under one year old. Violence often "
                                        "starts or escalates in pregnancy; an unwanted "
                                        "pregnancy or doubts about paternity can add to "
                                        "the danger. The unborn or newborn child is also "
                                        "at risk.</p><p><strong>Example:</strong> Sofie "
                                        "is five months pregnant; the violence started "
                                        "after she told him.</p><p>Rate Y for a confirmed "
                                        "pregnancy or a child under one, P for a possible "
                                        "pregnancy that is not confirmed, and N "
                                        "otherwise.</p>"
                                    ),
                                },
                                {
                                    "question": "D10 Victim's own assessment of fear",
                                    "answer": (
                                        "<p>How afraid the person is, and how they judge "
                                        "the danger. People exposed to violence often "
                                        "know their partner better than anyone, and "
                                        "strong fear is a serious warning sign. But many "
                                        "minimise the danger, have got used to it, or "
                                        "dare not say it. Ask directly: “What do you "
                                        "think he might do?”</p><p>"
                                        "<strong>Example:</strong> “I'm sure he's going "
                                        "to kill me one day.”</p><p>Rate Y when the "
                                        "person expresses strong fear for their life or "
                                        "safety, P when they express some fear or are "
                                        "uncertain, and N when they say they are not "
                                        "afraid. A low rating here must never lower your "
                                        "summary judgement when other items point to high "
                                        "risk.</p>"
                                    ),
                                },
                                {
                                    "question": "D11 Problems with substance use",
                                    "answer": (
                                        "<p>Problematic use of alcohol, drugs or "
                                        "medication by the person who uses violence, "
                                        "especially when violence happens under the "
                                        "influence or use is increasing. Substance use "
                                        "does not explain or excuse violence; it can make "
                                        "it more frequent and less controlled. The "
                                        "victim's own substance use matters for the "
                                        "safety plan, but is not rated here.</p><p>"
                                        "<strong>Example:</strong> He drinks daily, and "
                                        "every police call-out has been on an evening "
                                        "when he was drunk.</p><p>Rate Y for clear "
                                        "problems linked to daily life or to the "
                                        "violence, P for reports of heavy use without "
                                        "clear problems, and N when there is no "
                                        "problematic use.</p>"
                                    ),
                                },
                                {
                                    "question": "D12 Conflicts over child contact or custody",
                                    "answer": (
                                        "<p>Ongoing or threatened disputes about custody, "
                                        "residence or contact, cases at the Family Court "
                                        "House or the courts, conflicts at handovers, "
                                        "threats to take the children abroad or to stop "
                                        "the other parent seeing them, and using the "
                                        "children to control. Such conflicts give "
                                        "occasions for contact and can keep the violence "
                                        "going after separation.</p><p>"
                                        "<strong>Example:</strong> A contact case is "
                                        "pending at the Family Court House; at every "
                                        "handover he shouts at her, and he has threatened "
                                        "to take the children to his home country.</p>"
                                        "<p>Rate Y for an active dispute with conflict or "
                                        "threats, P for disagreement about contact "
                                        "without a case or threats, and N when there are "
                                        "no children together or no conflict.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Rating Karina's situation",
                            "story": (
                                "<p>Karina, 29, contacts the municipality's family "
                                "services. She and Mads have a four-month-old daughter. "
                                "Three weeks ago she moved in with her mother. Since then "
                                "Mads has called and messaged many times a day, and she "
                                "has twice seen his car outside her mother's house. She "
                                "says Mads “grabbed me around the neck once last year, "
                                "but not hard”. He drinks “more than before” at weekends. "
                                "She does not know whether he has any weapons. Mads wants "
                                "to see the baby and has written: “If you keep her from "
                                "me, you'll regret it.” There has been no police "
                                "involvement and no restraining order. Karina says: “I'm "
                                "not really scared of him. He's just upset.”</p>"
                            ),
                            "reflection_question": (
                                "How would you rate D2, D3, D4, D5, D6, D9 and D10 — and "
                                "what information do you need before your assessment is "
                                "complete?"
                            ),
                            "discussion": (
                                "<p>A reasonable set of ratings, with reasons:</p><ul><li>"
                                "<strong>D4 Y</strong> — she moved out three weeks "
                                "ago.</li><li><strong>D9 Y</strong> — a four-month-old "
                                "child.</li><li><strong>D5 Y</strong> — many contacts a "
                                "day and his car outside her mother's house.</li><li>"
                                "<strong>D3 P</strong> — “around the neck” must be "
                                "followed up: how, for how long, could she breathe? Until "
                                "it is clarified, P; if pressure on the neck is "
                                "confirmed, Y.</li><li><strong>D2 P</strong> — “you'll "
                                "regret it” is an ambiguous threat.</li><li><strong>D6 "
                                "Omit</strong> — nobody knows. Do not rate N; ask the "
                                "police.</li><li><strong>D10 N</strong> — she says she is "
                                "not afraid. Her words are typical minimising and must "
                                "not lower the overall judgement.</li><li><strong>D12 Y"
                                "</strong> — “if you keep her from me, you'll regret "
                                "it” is a threat tied to contact with the baby, which "
                                "the D12 rule rates Y even without a case.</li></ul><p>"
                                "D11 is probably P. Separation, a newborn, stalking and a "
                                "possible strangulation together point towards at least "
                                "moderate and possibly high risk, and towards an elevated "
                                "priority — with the open questions about D3 and D6 "
                                "answered quickly.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Punkt D7-D12: kontrol, sanktioner og omstændigheder",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Punkterne D7 til D12 handler om kontrol, reaktionen på "
                            "sanktioner, den voldsudsattes situation og forhold, der ofte "
                            "nærer konflikten. Flere af dem er lette at overse, fordi de "
                            "ikke handler om fysisk vold — men tvingende kontrol og "
                            "konflikter om børn hører til de situationer, hvor alvorlig "
                            "vold udvikler sig.</p>"
                        ),
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Punkt D7-D12",
                            "items": [
                                {
                                    "question": "D7 Intens jalousi og tvingende kontrol",
                                    "answer": (
                                        "<p>Et mønster af kontrol med personens liv: "
                                        "jalousi og beskyldninger om utroskab, kontrol "
                                        "med penge, telefon, tøj og hvem personen ser, "
                                        "isolation fra familie og venner, ydmygelser og "
                                        "regler med straf. Det er den psykiske vold, du "
                                        "har lært om tidligere; se på mønsteret, ikke på "
                                        "enkelte episoder.</p><p>"
                                        "<strong>Eksempel:</strong> Han tjekker hendes "
                                        "bankkonto hver dag, hun skal sende et billede "
                                        "for at bevise, hvor hun er, og han har forbudt "
                                        "hende at se sin søster.</p><p>Vurdér Y ved et "
                                        "tydeligt kontrolmønster, P ved jalousi eller "
                                        "enkelte kontrollerende handlinger uden et tydeligt "
                                        "mønster og N, når forholdet ikke viser den slags "
                                        "kontrol.</p>"
                                    ),
                                },
                                {
                                    "question": "D8 Overtrædelse af tilhold eller andre sanktioner",
                                    "answer": (
                                        "<p>Overtrædelse af tilhold, bortvisning, vilkår "
                                        "ved løsladelse eller prøvetid, afgørelser om "
                                        "samvær eller advarsler fra politiet — nu eller "
                                        "tidligere. En person, der ignorerer sanktioner, "
                                        "viser, at loven ikke stopper vedkommende. Spørg "
                                        "politiet om anmeldte overtrædelser, og opfordr "
                                        "den voldsudsatte til at anmelde hver "
                                        "overtrædelse.</p><p><strong>Eksempel:</strong> "
                                        "Trods et tilhold har han ringet til hende to "
                                        "gange og lagt blomster ved hendes dør.</p>"
                                        "<p>Vurdér Y ved bekræftede overtrædelser, P ved "
                                        "oplyste, men ubekræftede overtrædelser eller "
                                        "brud på uformelle aftaler med myndigheder, og N "
                                        "når sanktioner er overholdt, eller der ikke er "
                                        "pålagt nogen. Notér i det sidste tilfælde, at "
                                        "punktet siger meget lidt.</p>"
                                    ),
                                },
                                {
                                    "question": "D9 Graviditet eller et nyfødt barn",
                                    "answer": (
                                        "<p>Den voldsudsatte er gravid eller har et barn "
                                        "under et år. Vold begynder eller eskalerer ofte "
                                        "under graviditeten; en uønsket graviditet eller "
                                        "tvivl om faderskabet kan øge faren. Det ufødte "
                                        "eller nyfødte barn er også i fare.</p><p>"
                                        "<strong>Eksempel:</strong> Sofie er gravid i "
                                        "femte måned; volden begyndte, efter hun fortalte "
                                        "ham det.</p><p>Vurdér Y ved en bekræftet "
                                        "graviditet eller et barn under et år, P ved en "
                                        "mulig graviditet, der ikke er bekræftet, og "
                                        "ellers N.</p>"
                                    ),
                                },
                                {
                                    "question": "D10 Den voldsudsattes egen vurdering af sin frygt",
                                    "answer": (
                                        "<p>Hvor bange personen er, og hvordan "
                                        "vedkommende selv vurderer faren. Voldsudsatte "
                                        "kender ofte deres partner bedre end nogen anden, "
                                        "og stærk frygt er et alvorligt advarselstegn. "
                                        "Men mange bagatelliserer faren, har vænnet sig "
                                        "til den eller tør ikke sige det. Spørg direkte: "
                                        "»Hvad tror du, han kunne finde på?«</p><p>"
                                        "<strong>Eksempel:</strong> »Jeg er sikker på, at "
                                        "han slår mig ihjel en dag.«</p><p>Vurdér Y, når "
                                        "personen udtrykker stærk frygt for sit liv eller "
                                        "sin sikkerhed, P når vedkommende udtrykker en "
                                        "vis frygt eller er usikker, og N når personen "
                                        "siger, at vedkommende ikke er bange. En lav "
                                        "vurdering her må aldrig sænke den samlede "
                                        "vurdering, når andre punkter peger på høj "
                                        "risiko.</p>"
                                    ),
                                },
                                {
                                    "question": "D11 Problemer med brug af rusmidler",
                                    "answer": (
                                        "<p>Problematisk brug af alkohol, stoffer eller "
                                        "medicin hos den voldsudøvende, især når volden "
                                        "sker i påvirket tilstand, eller forbruget "
                                        "stiger. Rusmidler forklarer eller undskylder "
                                        "ikke vold, men kan gøre den hyppigere og mindre "
                                        "kontrolleret. Den voldsudsattes eget forbrug har "
                                        "betydning for sikkerhedsplanen, men vurderes "
                                        "ikke her.</p><p><strong>Eksempel:</strong> Han "
                                        "drikker dagligt, og alle politiets udrykninger "
                                        "har været om aftenen, når han var fuld.</p>"
                                        "<p>Vurdér Y ved tydelige problemer, der hænger "
                                        "sammen med hverdagen eller volden, P ved "
                                        "oplysninger om stort forbrug uden tydelige "
                                        "problemer og N, når der ikke er et problematisk "
                                        "forbrug.</p>"
                                    ),
                                },
                                {
                                    "question": "D12 Konflikter om samvær eller forældremyndighed",
                                    "answer": (
                                        "<p>Igangværende eller truende uenighed om "
                                        "forældremyndighed, bopæl eller samvær, sager i "
                                        "Familieretshuset eller ved retten, konflikter "
                                        "ved overleveringer, trusler om at tage børnene "
                                        "med til udlandet eller forhindre den anden "
                                        "forælder i at se dem og brug af børnene til at "
                                        "kontrollere. Sådanne konflikter giver anledning "
                                        "til kontakt og kan holde volden i gang efter et "
                                        "brud.</p><p><strong>Eksempel:</strong> En "
                                        "samværssag verserer i Familieretshuset; ved hver "
                                        "overlevering råber han ad hende, og han har "
                                        "truet med at tage børnene med til sit "
                                        "hjemland.</p><p>Vurdér Y ved en aktiv konflikt "
                                        "med skænderier eller trusler, P ved uenighed om "
                                        "samvær uden sag eller trusler og N, når der ikke "
                                        "er fælles børn eller ingen konflikt.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Vurdering af Karinas situation",
                            "story": (
                                "<p>Karina på 29 år henvender sig til kommunens "
                                "familieafdeling. Hun og Mads har en datter på fire "
                                "måneder. For tre uger siden flyttede hun ind hos sin "
                                "mor. Siden da har Mads ringet og skrevet mange gange om "
                                "dagen, og hun har to gange set hans bil uden for morens "
                                "hus. Hun fortæller, at Mads »tog mig om halsen en gang "
                                "sidste år, men ikke hårdt«. Han drikker »mere end før« i "
                                "weekenderne. Hun ved ikke, om han har våben. Mads vil se "
                                "datteren og har skrevet: »Hvis du holder hende væk fra "
                                "mig, kommer du til at fortryde det.« Politiet har ikke "
                                "været involveret, og der er ikke noget tilhold. Karina "
                                "siger: »Jeg er egentlig ikke bange for ham. Han er bare "
                                "ked af det.«</p>"
                            ),
                            "reflection_question": (
                                "Hvordan vil du vurdere D2, D3, D4, D5, D6, D9 og D10 — "
                                "og hvilke oplysninger mangler du, før din vurdering er "
                                "færdig?"
                            ),
                            "discussion": (
                                "<p>En rimelig vurdering med begrundelser:</p><ul><li>"
                                "<strong>D4 Y</strong> — hun flyttede for tre uger "
                                "siden.</li><li><strong>D9 Y</strong> — et barn på fire "
                                "måneder.</li><li><strong>D5 Y</strong> — mange kontakter "
                                "om dagen og hans bil uden for morens hus.</li><li>"
                                "<strong>D3 P</strong> — »om halsen« skal følges op: "
                                "Hvordan, hvor længe, kunne hun trække vejret? Indtil det "
                                "er afklaret, P; bekræftes tryk på halsen, Y.</li><li>"
                                "<strong>D2 P</strong> — »kommer du til at fortryde« er "
                                "en tvetydig trussel.</li><li><strong>D6 Udelad</strong> "
                                "— ingen ved det. Vurdér ikke N; spørg politiet.</li><li>"
                                "<strong>D10 N</strong> — hun siger, at hun ikke er "
                                "bange. Hendes ord er typisk bagatellisering og må ikke "
                                "sænke den samlede vurdering.</li><li><strong>D12 Y"
                                "</strong> — »hvis du holder hende væk fra mig, kommer "
                                "du til at fortryde det« er en trussel knyttet til "
                                "samværet med barnet, som D12-reglen vurderer Y, også "
                                "uden en sag.</li></ul><p>D11 er sandsynligvis P. Brud, et nyfødt "
                                "barn, stalking og en "
                                "mulig kvælning peger tilsammen mod mindst moderat og "
                                "muligvis høj risiko og mod forhøjet prioritet — og de "
                                "åbne spørgsmål om D3 og D6 skal besvares hurtigt.</p>"
                            ),
                        },
                    },
                ],
            },
        },
        {
            "slug": "summary-judgements-and-practice-cases",
            "minutes": 14,
            "required": True,
            "en": {
                "title": "Summary judgements and scored practice cases",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>After rating the items and considering their relevance, "
                            "you make two summary judgements. They are the part of the "
                            "assessment that others act on, so they must be clear and "
                            "explained.</p><h3>Risk of serious violence</h3><ul><li>"
                            "<strong>Low:</strong> few risk factors are present or "
                            "relevant, and nothing indicates that serious violence is "
                            "likely in the foreseeable future.</li><li>"
                            "<strong>Moderate:</strong> relevant risk factors are present "
                            "that could lead to serious violence, especially if the "
                            "situation changes. A safety plan and close follow-up are "
                            "needed.</li><li><strong>High:</strong> the risk factors and "
                            "their combination indicate that serious violence is likely, "
                            "possibly soon. Protective measures are needed now.</li></ul>"
                            "<h3>Case priority</h3><ul><li><strong>Routine:</strong> "
                            "ordinary casework with a planned reassessment.</li><li>"
                            "<strong>Elevated:</strong> action within days — a safety "
                            "plan, coordination with other services and more frequent "
                            "reassessment.</li><li><strong>Urgent:</strong> action today "
                            "— involve the police, put protective measures in place, "
                            "consider a shelter.</li></ul><h3>Judgement, not "
                            "arithmetic</h3><p>The summary judgement is not the number of "
                            "items rated Y. A single factor with high relevance — a "
                            "recent strangulation during a separation, say — can justify "
                            "a high risk on its own, while several factors rated P that "
                            "are old or unconnected may add up to moderate. Look for "
                            "combinations known to be dangerous: separation together with "
                            "threats to kill, access to weapons or stalking. Ask what "
                            "could happen, to whom, and what would make it more or less "
                            "likely. Then write two or three sentences that explain the "
                            "judgement by referring to the items, and link them to the "
                            "safety plan. Risk and priority usually follow each other, "
                            "but not always: a high but stable risk in a case already "
                            "under close protection may need elevated rather than urgent "
                            "priority.</p><h3>How practice cases are scored</h3><p>The "
                            "certification tracks on the platform include practice cases: "
                            "case descriptions written for training, each with "
                            "<strong>reference ratings set by an expert panel</strong> of "
                            "experienced, certified assessors who have rated the case and "
                            "agreed on the ratings and the reasons. <strong>In this demo, "
                            "the reference ratings are the authors' illustrative ratings"
                            "</strong>: no real panel has rated these cases yet, and until "
                            "one does, “the panel” below means those illustrative "
                            "ratings. You rate all twelve "
                            "items and make both summary judgements. The platform then "
                            "compares your ratings with the panel's and reports your "
                            "<strong>agreement</strong>, item by item and for the summary "
                            "judgements, together with the panel's reasons.</p><ul><li>A "
                            "rating one step away from the panel's (P where the panel "
                            "said Y) is a smaller disagreement than one two steps away (N "
                            "where the panel said Y).</li><li>Choosing Omit where the "
                            "panel found enough information to rate the item — or rating "
                            "an item the panel omitted — counts as disagreement.</li>"
                            "<li>The summary judgements matter most. Pay special "
                            "attention to any case in which you judged the risk or "
                            "priority lower than the panel did.</li><li>The number of "
                            "cases and the level of agreement needed to pass are set by "
                            "the certification track.</li></ul>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Aim for well-founded agreement",
                            "text": (
                                "<p>Experts also disagree on borderline items. What the "
                                "practice cases test is whether your judgements are "
                                "consistent, based on the information in the case, and "
                                "close to those of experienced assessors — above all on "
                                "the summary judgements.</p>"
                            ),
                        },
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Questions about practice cases",
                            "items": [
                                {
                                    "question": "What if I disagree with the expert panel?",
                                    "answer": (
                                        "<p>Read the panel's reasons and compare them "
                                        "with yours. Often the difference is a detail in "
                                        "the case that you weighed differently. If you "
                                        "still disagree, raise it with your trainer — "
                                        "discussing disagreements is how assessors "
                                        "calibrate.</p>"
                                    ),
                                },
                                {
                                    "question": "Can I choose Omit to be on the safe side?",
                                    "answer": (
                                        "<p>No. Omit is for items where the case "
                                        "genuinely lacks the information. Using it to "
                                        "avoid a difficult rating is itself a "
                                        "disagreement with the panel, and in real cases "
                                        "it hides risk.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Does completing this track qualify me to assess "
                                        "real cases?"
                                    ),
                                    "answer": (
                                        "<p>No. Anything you complete with the "
                                        "demonstration instrument documents training "
                                        "only. To assess real cases you need training or "
                                        "certification in a recognised instrument, such "
                                        "as SARA-SV, SAM or PATRIARCH, as required by "
                                        "your organisation.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            "da": {
                "title": "Samlede vurderinger og bedømmelse af øvelsessager",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Når du har vurderet punkterne og overvejet deres "
                            "relevans, foretager du to samlede vurderinger. Det er den "
                            "del af vurderingen, som andre handler på, så de skal være "
                            "klare og begrundede.</p><h3>Risiko for alvorlig vold</h3><ul>"
                            "<li><strong>Lav:</strong> Få risikofaktorer er til stede "
                            "eller relevante, og intet tyder på, at alvorlig vold er "
                            "sandsynlig i en overskuelig fremtid.</li><li>"
                            "<strong>Moderat:</strong> Der er relevante risikofaktorer, "
                            "som kan føre til alvorlig vold, især hvis situationen ændrer "
                            "sig. Der er brug for en sikkerhedsplan og tæt "
                            "opfølgning.</li><li><strong>Høj:</strong> Risikofaktorerne "
                            "og deres samspil tyder på, at alvorlig vold er sandsynlig, "
                            "måske snart. Der er brug for beskyttende tiltag nu.</li></ul>"
                            "<h3>Sagens prioritet</h3><ul><li><strong>Rutine:</strong> "
                            "almindelig sagsbehandling med planlagt revurdering.</li><li>"
                            "<strong>Forhøjet:</strong> handling inden for få dage — "
                            "sikkerhedsplan, koordinering med andre instanser og "
                            "hyppigere revurdering.</li><li><strong>Akut:</strong> "
                            "handling i dag — inddrag politiet, iværksæt beskyttende "
                            "tiltag, overvej krisecenter.</li></ul><h3>Vurdering, ikke "
                            "regnestykke</h3><p>Den samlede vurdering er ikke antallet af "
                            "punkter vurderet Y. En enkelt faktor med høj relevans — fx "
                            "en nylig kvælning under et brud — kan alene begrunde høj "
                            "risiko, mens flere faktorer vurderet P, som er gamle eller "
                            "uden sammenhæng, kan ende som moderat. Se efter "
                            "kombinationer, man ved er farlige: brud sammen med "
                            "drabstrusler, adgang til våben eller stalking. Spørg, hvad "
                            "der kan ske, mod hvem, og hvad der gør det mere eller mindre "
                            "sandsynligt. Skriv derefter to-tre sætninger, der begrunder "
                            "vurderingen med henvisning til punkterne, og kobl dem til "
                            "sikkerhedsplanen. Risiko og prioritet følges som regel ad, "
                            "men ikke altid: En høj, men stabil risiko i en sag, hvor der "
                            "allerede er tæt beskyttelse, kan have forhøjet snarere end "
                            "akut prioritet.</p><h3>Sådan bliver øvelsessager bedømt</h3>"
                            "<p>Platformens certificeringsforløb indeholder øvelsessager: "
                            "sagsbeskrivelser skrevet til træning, hver med "
                            "<strong>referencevurderinger fastsat af et "
                            "ekspertpanel</strong> af erfarne, certificerede fagpersoner, "
                            "som har vurderet sagen og er blevet enige om vurderingerne "
                            "og begrundelserne. <strong>I denne demo er "
                            "referencevurderingerne forfatternes illustrative "
                            "vurderinger</strong>: Intet rigtigt panel har vurderet "
                            "sagerne endnu, og indtil det sker, betyder »panelet« "
                            "nedenfor disse illustrative vurderinger. Du vurderer alle tolv "
                            "punkter og "
                            "foretager begge samlede vurderinger. Platformen sammenligner "
                            "derefter dine vurderinger med panelets og viser din "
                            "<strong>overensstemmelse</strong> punkt for punkt og for de "
                            "samlede vurderinger sammen med panelets begrundelser.</p><ul>"
                            "<li>En vurdering ét trin fra panelets (P hvor panelet sagde "
                            "Y) er en mindre uoverensstemmelse end én, der er to trin væk "
                            "(N hvor panelet sagde Y).</li><li>At vælge Udelad, hvor "
                            "panelet fandt oplysninger nok til at vurdere punktet — eller "
                            "at vurdere et punkt, som panelet udelod — tæller som "
                            "uoverensstemmelse.</li><li>De samlede vurderinger vejer "
                            "tungest. Vær særligt opmærksom på sager, hvor du vurderede "
                            "risiko eller prioritet lavere end panelet.</li><li>Antallet "
                            "af sager og den overensstemmelse, der kræves for at bestå, "
                            "fastsættes i certificeringsforløbet.</li></ul>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Sigt efter velbegrundet overensstemmelse",
                            "text": (
                                "<p>Eksperter er også uenige om grænsetilfælde. Det, "
                                "øvelsessagerne tester, er, om dine vurderinger er "
                                "konsekvente, bygger på sagens oplysninger og ligger tæt "
                                "på erfarne fagpersoners — frem for alt i de samlede "
                                "vurderinger.</p>"
                            ),
                        },
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Spørgsmål om øvelsessager",
                            "items": [
                                {
                                    "question": "Hvad hvis jeg er uenig med ekspertpanelet?",
                                    "answer": (
                                        "<p>Læs panelets begrundelser, og sammenlign dem "
                                        "med dine. Ofte skyldes forskellen en detalje i "
                                        "sagen, som du har vægtet anderledes. Er du "
                                        "stadig uenig, så tag det op med din underviser — "
                                        "det er ved at drøfte uenigheder, at fagpersoner "
                                        "kalibrerer deres vurderinger.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Kan jeg vælge Udelad for at være på den sikre side?"
                                    ),
                                    "answer": (
                                        "<p>Nej. Udelad er til punkter, hvor sagen reelt "
                                        "mangler oplysningerne. Bruger du det til at "
                                        "undgå en svær vurdering, er det i sig selv en "
                                        "uoverensstemmelse med panelet, og i virkelige "
                                        "sager skjuler det risiko.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Bliver jeg kvalificeret til at vurdere virkelige "
                                        "sager, når jeg har gennemført forløbet?"
                                    ),
                                    "answer": (
                                        "<p>Nej. Alt, hvad du gennemfører med "
                                        "demonstrationsinstrumentet, dokumenterer kun "
                                        "træning. For at vurdere virkelige sager skal du "
                                        "være uddannet eller certificeret i et anerkendt "
                                        "værktøj, fx SARA-SV, SAM eller PATRIARCH, som "
                                        "din organisation kræver.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
}
