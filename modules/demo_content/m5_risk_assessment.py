"""Demo course: risk assessment and safety planning in cases of violence in close relations."""

MODULE = {
    "slug": "risk-assessment-and-safety-planning",
    "audience": ["children_youth", "family_court", "police", "health", "job_centre", "other"],
    "minutes": 50,
    "prerequisites": ["detection-cues"],
    "en": {
        "title": "Risk assessment and safety planning",
        "summary": (
            "Risk assessment and safety handling is a fixed practice in three steps: a "
            "risk assessment by trained or certified staff, a safety plan made together "
            "with the person exposed to violence, and regular reassessment. This course "
            "explains the practice, the situations in which risk rises, what a safety "
            "plan contains, and how to keep the plan up to date."
        ),
        "objectives": [
            "Describe the three steps: risk assessment, safety plan and reassessment.",
            (
                "Explain why risk assessment requires trained or certified staff, and "
                "management's responsibility for that."
            ),
            (
                "Recognise the situations and behaviours that raise the risk of serious "
                "violence, including in honour-related conflicts."
            ),
            "Contribute to a safety plan made together with the person exposed to violence.",
            "Know when a safety plan must be reassessed.",
        ],
    },
    "da": {
        "title": "Risikovurdering og sikkerhedsplanlægning",
        "summary": (
            "Risikovurdering og håndtering af sikkerheden er en fast praksis i tre trin: "
            "en risikovurdering foretaget af uddannede eller certificerede medarbejdere, "
            "en sikkerhedsplan udarbejdet sammen med den voldsudsatte og løbende "
            "revurdering. Kurset gennemgår praksis, de situationer hvor risikoen stiger, "
            "hvad en sikkerhedsplan indeholder, og hvordan planen holdes opdateret."
        ),
        "objectives": [
            "Beskrive de tre trin: risikovurdering, sikkerhedsplan og revurdering.",
            (
                "Forklare, hvorfor risikovurdering kræver uddannede eller certificerede "
                "medarbejdere, og ledelsens ansvar for det."
            ),
            (
                "Genkende de situationer og former for adfærd, der øger risikoen for "
                "alvorlig vold, også i æresrelaterede konflikter."
            ),
            "Bidrage til en sikkerhedsplan, der udarbejdes sammen med den voldsudsatte.",
            "Vide, hvornår en sikkerhedsplan skal revurderes.",
        ],
    },
    "lessons": [
        {
            "slug": "three-step-practice",
            "minutes": 12,
            "required": True,
            "en": {
                "title": "A fixed practice in three steps",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Every effort to help a person exposed to violence rests "
                            "on one question: <em>how safe is this person, and their "
                            "children, right now?</em> If safety is not handled, the "
                            "violence may continue or escalate, and other help — "
                            "counselling, treatment, support to find work — has little "
                            "effect, because the person is living in fear. Many people "
                            "exposed to violence also underestimate their own danger: "
                            "they have adapted to the violence, and the person using it "
                            "may have convinced them that it is not serious.</p><p>That "
                            "is why good practice treats risk assessment and safety "
                            "handling as a <strong>fixed, integrated practice in every "
                            "case</strong> of violence in close relations — not something "
                            "done only when the case already looks serious. The practice "
                            "has three steps.</p><h3>Step 1: Risk assessment</h3><p>A "
                            "risk assessment is a structured judgement of how likely it "
                            "is that the person will be exposed to further, and in "
                            "particular serious, violence, and what could make it happen. "
                            "It requires specialised knowledge of violence in close "
                            "relations and concrete tools. An assessment based on gut "
                            "feeling alone is unreliable: experienced professionals miss "
                            "important risk factors and overrate others. Therefore risk "
                            "assessments must be carried out by staff who are "
                            "<strong>trained or certified</strong> in a recognised "
                            "method, and who have experience of conversations with people "
                            "exposed to violence.</p><h3>Step 2: Safety plan</h3><p>From "
                            "the assessment, a safety plan is made <strong>together with "
                            "the person</strong>, based on their specific situation, "
                            "wishes and resources. A plan that the person has not helped "
                            "to make is rarely followed.</p><h3>Step 3: Reassessment</h3>"
                            "<p>Risk is not constant. The safety plan must state "
                            "<strong>how often it will be reassessed</strong>, and it "
                            "must also be reassessed whenever the situation changes — for "
                            "example when the person leaves the partner or becomes "
                            "pregnant, both of which are known to be times when violence "
                            "can escalate.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Management is responsible for competence",
                            "text": (
                                "<p>It is management's responsibility to make sure that "
                                "staff who carry out risk assessments are trained or "
                                "certified, and that the organisation's routines support "
                                "the work. A municipality may, for example, train a few "
                                "key employees who carry out the assessments for the "
                                "whole municipality.</p>"
                            ),
                        },
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "About risk-assessment instruments",
                            "items": [
                                {
                                    "question": "Which instruments are used?",
                                    "answer": (
                                        "<p>Several recognised instruments exist. In "
                                        "Denmark, <strong>SARA-SV</strong> (for partner "
                                        "violence), <strong>SAM</strong> (for stalking) "
                                        "and <strong>PATRIARCH</strong> (for "
                                        "honour-related violence) are among those "
                                        "recommended. They are based on structured "
                                        "professional judgement: the assessor goes "
                                        "through a set of research-based risk factors and "
                                        "then makes an overall judgement.</p>"
                                    ),
                                },
                                {
                                    "question": "Can I use an instrument if I have read about it?",
                                    "answer": (
                                        "<p>No. The instruments require certification or "
                                        "documented training, and their manuals and item "
                                        "texts are protected by copyright. Using an "
                                        "instrument without training gives a false sense "
                                        "of precision. This platform offers certification "
                                        "tracks for the instruments your organisation has "
                                        "licensed, and a demonstration instrument for "
                                        "practice.</p>"
                                    ),
                                },
                                {
                                    "question": "I am not certified. What is my role?",
                                    "answer": (
                                        "<p>Recognise signs that the risk may be high, "
                                        "act at once if there is acute danger (112), "
                                        "document what you know, and pass the case on to "
                                        "a certified colleague or the unit that does risk "
                                        "assessments, according to your local procedure. "
                                        "Your observations are often essential "
                                        "information for the assessment.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            "da": {
                "title": "En fast praksis i tre trin",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Al hjælp til en voldsudsat hviler på ét spørgsmål: "
                            "<em>Hvor sikker er personen og eventuelle børn lige nu?</em> "
                            "Bliver sikkerheden ikke håndteret, kan volden fortsætte "
                            "eller eskalere, og anden hjælp — rådgivning, behandling, "
                            "støtte til at komme i job — har ringe effekt, fordi personen "
                            "lever i frygt. Mange voldsudsatte undervurderer også deres "
                            "egen fare: De har tilpasset sig volden, og den voldsudøvende "
                            "kan have overbevist dem om, at det ikke er så slemt.</p>"
                            "<p>Derfor er risikovurdering og håndtering af sikkerheden i "
                            "god praksis <strong>en fast, integreret praksis i alle "
                            "sager</strong> om vold i nære relationer — ikke noget, man "
                            "kun gør, når sagen allerede ser alvorlig ud. Praksis består "
                            "af tre trin.</p><h3>Trin 1: Risikovurdering</h3><p>En "
                            "risikovurdering er en struktureret vurdering af, hvor "
                            "sandsynligt det er, at personen bliver udsat for mere — og "
                            "især alvorlig — vold, og hvad der kan udløse den. Den kræver "
                            "specialiseret, voldsfaglig viden og konkrete værktøjer. En "
                            "vurdering, der alene bygger på mavefornemmelse, er "
                            "upålidelig: Selv erfarne fagfolk overser vigtige "
                            "risikofaktorer og overvurderer andre. Derfor skal "
                            "risikovurderinger udføres af medarbejdere, der er "
                            "<strong>uddannet eller certificeret</strong> i en anerkendt "
                            "metode, og som har erfaring med samtaler med "
                            "voldsudsatte.</p><h3>Trin 2: Sikkerhedsplan</h3><p>På "
                            "baggrund af vurderingen udarbejdes en sikkerhedsplan "
                            "<strong>sammen med den voldsudsatte</strong> med "
                            "udgangspunkt i personens konkrete situation, ønsker og "
                            "ressourcer. En plan, som personen ikke selv har været med "
                            "til at lave, bliver sjældent fulgt.</p><h3>Trin 3: "
                            "Revurdering</h3><p>Risikoen er ikke konstant. Det skal "
                            "fremgå af sikkerhedsplanen, <strong>hvor ofte den "
                            "revurderes</strong>, og den skal også revurderes, når "
                            "situationen ændrer sig — fx når den voldsudsatte forlader "
                            "partneren eller bliver gravid, som begge er kendte "
                            "tidspunkter for eskalering af volden.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Ledelsen har ansvaret for kompetencerne",
                            "text": (
                                "<p>Det er ledelsens ansvar at sikre, at medarbejdere, "
                                "der udfører risikovurderinger, er uddannet eller "
                                "certificeret, og at arbejdsgangene understøtter opgaven. "
                                "En kommune kan fx uddanne nogle få nøglemedarbejdere, "
                                "der foretager risikovurderingerne for hele kommunen.</p>"
                            ),
                        },
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Om risikovurderingsværktøjer",
                            "items": [
                                {
                                    "question": "Hvilke værktøjer bruges?",
                                    "answer": (
                                        "<p>Der findes flere anerkendte værktøjer. I "
                                        "Danmark er <strong>SARA-SV</strong> "
                                        "(partnervold), <strong>SAM</strong> (stalking) "
                                        "og <strong>PATRIARCH</strong> (på dansk ofte "
                                        "PATRIARK; æresrelateret vold) blandt dem, der "
                                        "anbefales. De bygger på struktureret "
                                        "professionel vurdering: Den, der vurderer, "
                                        "gennemgår en række forskningsbaserede "
                                        "risikofaktorer og foretager derefter en samlet "
                                        "vurdering.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Kan jeg bruge et værktøj, hvis jeg har læst om det?"
                                    ),
                                    "answer": (
                                        "<p>Nej. Værktøjerne kræver certificering eller "
                                        "dokumenteret oplæring, og deres manualer og "
                                        "punkttekster er ophavsretligt beskyttede. Brug "
                                        "af et værktøj uden oplæring giver en falsk "
                                        "følelse af præcision. Platformen tilbyder "
                                        "certificeringsforløb i de værktøjer, din "
                                        "organisation har licens til, og et "
                                        "demonstrationsinstrument til øvelse.</p>"
                                    ),
                                },
                                {
                                    "question": "Jeg er ikke certificeret. Hvad er min rolle?",
                                    "answer": (
                                        "<p>At genkende tegn på, at risikoen kan være "
                                        "høj, at handle straks ved akut fare (112), at "
                                        "dokumentere det, du ved, og at give sagen videre "
                                        "til en certificeret kollega eller den enhed, der "
                                        "laver risikovurderinger, efter den lokale "
                                        "procedure. Dine iagttagelser er ofte væsentlige "
                                        "oplysninger i vurderingen.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            "slug": "when-risk-rises",
            "minutes": 12,
            "required": True,
            "en": {
                "title": "When risk rises",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Research on serious and lethal partner violence points to "
                            "a set of situations and behaviours that are repeatedly found "
                            "before the violence escalates. You do not need to be "
                            "certified to know them. Knowing them helps you notice when a "
                            "case must be passed on for a risk assessment at once, or "
                            "when an existing assessment must be redone.</p><p>Two kinds "
                            "of change deserve special attention. The first is "
                            "<strong>changes in the relationship</strong> that threaten "
                            "the control of the person using violence: separation or "
                            "plans to leave, a new partner, pregnancy or a newborn child, "
                            "or court proceedings about the children. The second is "
                            "<strong>changes in the violence itself</strong>: it becomes "
                            "more frequent or more severe, or takes forms that are known "
                            "to precede homicide.</p>"
                        ),
                    },
                    {
                        "type": "detection_cues",
                        "value": {
                            "heading": "When risk rises",
                            "cards": [
                                {
                                    "cue": (
                                        "The person has left, or is planning to leave, the partner"
                                    ),
                                    "may_indicate": (
                                        "Separation is one of the most dangerous periods; "
                                        "the person using violence may escalate to regain "
                                        "control."
                                    ),
                                    "what_to_do": (
                                        "Ask directly about threats and safety. Make sure "
                                        "a risk assessment is done or redone before or "
                                        "immediately after the move."
                                    ),
                                },
                                {
                                    "cue": "Pregnancy, a newborn, or a new partner",
                                    "may_indicate": (
                                        "Violence often starts or escalates during "
                                        "pregnancy; a new partner can trigger jealousy "
                                        "and revenge."
                                    ),
                                    "what_to_do": (
                                        "Ask about safety at each contact. Involve "
                                        "maternity and health services. Trigger a "
                                        "reassessment."
                                    ),
                                },
                                {
                                    "cue": (
                                        "A case about custody or contact has started or "
                                        "is coming up"
                                    ),
                                    "may_indicate": (
                                        "Court proceedings and handovers give the person "
                                        "using violence occasions to meet, pressure and "
                                        "threaten."
                                    ),
                                    "what_to_do": (
                                        "Inform the Family Court House or court of the "
                                        "violence through the proper channel. Plan safe "
                                        "handovers and meetings."
                                    ),
                                },
                                {
                                    "cue": "The violence is becoming more frequent or more severe",
                                    "may_indicate": (
                                        "Escalation is one of the strongest warning signs "
                                        "of serious violence."
                                    ),
                                    "what_to_do": (
                                        "Record dates and incidents. Pass the case on for "
                                        "an immediate risk assessment."
                                    ),
                                },
                                {
                                    "cue": "Threats to kill the person, the children or themselves",
                                    "may_indicate": (
                                        "Threats to kill must always be taken seriously, "
                                        "even if the person plays them down."
                                    ),
                                    "what_to_do": (
                                        "Write down the exact words. Contact the police. "
                                        "Call 112 if the threat is current."
                                    ),
                                },
                                {
                                    "cue": (
                                        "The person has been strangled or had their "
                                        "breathing blocked"
                                    ),
                                    "may_indicate": (
                                        "Non-fatal strangulation is a strong predictor of "
                                        "later homicide and can cause injury with no "
                                        "visible marks."
                                    ),
                                    "what_to_do": (
                                        "Urge a medical examination. Document the "
                                        "person's own words. Treat the case as high risk "
                                        "until assessed."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Stalking: following, monitoring, repeated unwanted contact"
                                    ),
                                    "may_indicate": (
                                        "Persistent pursuit is linked to serious "
                                        "violence, especially after separation."
                                    ),
                                    "what_to_do": (
                                        "Help the person keep a log of incidents. Involve "
                                        "the police. Consider digital safety."
                                    ),
                                },
                                {
                                    "cue": (
                                        "A restraining order or other sanction has been breached"
                                    ),
                                    "may_indicate": (
                                        "The person using violence is not deterred by the "
                                        "law — a sign of raised risk."
                                    ),
                                    "what_to_do": (
                                        "Encourage reporting every breach to the police. "
                                        "Pass the information on for reassessment."
                                    ),
                                },
                                {
                                    "cue": "Access to weapons, or threats with weapons",
                                    "may_indicate": (
                                        "Access to weapons sharply raises the danger that "
                                        "violence becomes lethal."
                                    ),
                                    "what_to_do": (
                                        "Tell the police what is known about weapons. "
                                        "Include it in the risk assessment."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Honour-related conflicts</h3><p>In honour-related "
                            "conflicts, violence and control are exercised to protect the "
                            "family's reputation, often in relation to the person's "
                            "choice of partner, sexuality, marriage, divorce or way of "
                            "life. Some features differ from partner violence: there may "
                            "be <strong>several perpetrators</strong> in the extended "
                            "family, threats may come from people the person has never "
                            "met, the family network may be used to find the person, and "
                            "the danger can extend across borders, for example through a "
                            "planned trip abroad. Parents and siblings may also be under "
                            "pressure. Contacting the family to “mediate” can increase "
                            "the danger. Risk assessment in these cases requires specific "
                            "knowledge, and PATRIARCH was developed for this purpose. "
                            "Pass such cases on to staff who are trained in it.</p>"
                        ),
                    },
                ],
            },
            "da": {
                "title": "Når risikoen stiger",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Forskning i alvorlig og dødelig partnervold peger på en "
                            "række situationer og former for adfærd, der går igen, før "
                            "volden eskalerer. Du behøver ikke være certificeret for at "
                            "kende dem. Kendskabet hjælper dig til at se, hvornår en sag "
                            "straks skal videre til risikovurdering, eller hvornår en "
                            "eksisterende vurdering skal laves om.</p><p>To slags "
                            "ændringer kræver særlig opmærksomhed. Den første er "
                            "<strong>ændringer i forholdet</strong>, der truer den "
                            "voldsudøvendes kontrol: brud eller planer om at gå, en ny "
                            "partner, graviditet eller et nyfødt barn eller en sag om "
                            "børnene. Den anden er <strong>ændringer i selve "
                            "volden</strong>: Den bliver hyppigere eller grovere eller "
                            "antager former, som man ved, går forud for drab.</p>"
                        ),
                    },
                    {
                        "type": "detection_cues",
                        "value": {
                            "heading": "Når risikoen stiger",
                            "cards": [
                                {
                                    "cue": (
                                        "Den voldsudsatte har forladt eller planlægger at "
                                        "forlade partneren"
                                    ),
                                    "may_indicate": (
                                        "Bruddet er en af de farligste perioder; den "
                                        "voldsudøvende kan eskalere for at genvinde "
                                        "kontrollen."
                                    ),
                                    "what_to_do": (
                                        "Spørg direkte til trusler og sikkerhed. Sørg "
                                        "for, at der laves eller gentages en "
                                        "risikovurdering før eller lige efter flytningen."
                                    ),
                                },
                                {
                                    "cue": "Graviditet, et nyfødt barn eller en ny partner",
                                    "may_indicate": (
                                        "Vold begynder eller eskalerer ofte under "
                                        "graviditet; en ny partner kan udløse jalousi og "
                                        "hævn."
                                    ),
                                    "what_to_do": (
                                        "Spørg til sikkerheden ved hver kontakt. Inddrag "
                                        "jordemoder og sundhedspleje. Sæt en revurdering "
                                        "i gang."
                                    ),
                                },
                                {
                                    "cue": (
                                        "En sag om forældremyndighed eller samvær er "
                                        "startet eller på vej"
                                    ),
                                    "may_indicate": (
                                        "Sagen og overleveringer giver den voldsudøvende "
                                        "anledning til at mødes, presse og true."
                                    ),
                                    "what_to_do": (
                                        "Orientér Familieretshuset eller retten om volden "
                                        "ad de rette kanaler. Planlæg sikre "
                                        "overleveringer og møder."
                                    ),
                                },
                                {
                                    "cue": "Volden bliver hyppigere eller grovere",
                                    "may_indicate": (
                                        "Eskalering er et af de stærkeste advarselstegn "
                                        "på alvorlig vold."
                                    ),
                                    "what_to_do": (
                                        "Notér datoer og episoder. Giv sagen videre til "
                                        "en risikovurdering med det samme."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Trusler om at dræbe den voldsudsatte, børnene "
                                        "eller sig selv"
                                    ),
                                    "may_indicate": (
                                        "Drabstrusler skal altid tages alvorligt, også "
                                        "selv om den voldsudsatte bagatelliserer dem."
                                    ),
                                    "what_to_do": (
                                        "Skriv de præcise ord ned. Kontakt politiet. Ring "
                                        "112, hvis truslen er aktuel."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Den voldsudsatte er blevet kvalt eller har fået "
                                        "vejrtrækningen blokeret"
                                    ),
                                    "may_indicate": (
                                        "Ikke-dødelig kvælning er en stærk forudsigende "
                                        "faktor for senere drab og kan give skader uden "
                                        "synlige mærker."
                                    ),
                                    "what_to_do": (
                                        "Opfordr til lægeundersøgelse. Dokumentér "
                                        "personens egne ord. Betragt sagen som høj "
                                        "risiko, indtil den er vurderet."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Stalking: forfølgelse, overvågning, gentagen "
                                        "uønsket kontakt"
                                    ),
                                    "may_indicate": (
                                        "Vedvarende forfølgelse hænger sammen med "
                                        "alvorlig vold, især efter et brud."
                                    ),
                                    "what_to_do": (
                                        "Hjælp personen med at føre log over episoderne. "
                                        "Inddrag politiet. Tænk digital sikkerhed med."
                                    ),
                                },
                                {
                                    "cue": "Et tilhold eller en anden sanktion er blevet overtrådt",
                                    "may_indicate": (
                                        "Den voldsudøvende lader sig ikke afskrække af "
                                        "loven — et tegn på øget risiko."
                                    ),
                                    "what_to_do": (
                                        "Opfordr til at anmelde hver overtrædelse til "
                                        "politiet. Giv oplysningen videre til revurdering."
                                    ),
                                },
                                {
                                    "cue": "Adgang til våben eller trusler med våben",
                                    "may_indicate": (
                                        "Adgang til våben øger markant faren for, at "
                                        "volden bliver dødelig."
                                    ),
                                    "what_to_do": (
                                        "Fortæl politiet, hvad der vides om våben. Tag "
                                        "det med i risikovurderingen."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Æresrelaterede konflikter</h3><p>I æresrelaterede "
                            "konflikter udøves vold og kontrol for at beskytte familiens "
                            "omdømme, ofte i forbindelse med personens valg af partner, "
                            "seksualitet, ægteskab, skilsmisse eller livsstil. Nogle træk "
                            "adskiller sig fra partnervold: Der kan være <strong>flere "
                            "udøvere</strong> i den udvidede familie, truslerne kan komme "
                            "fra personer, den udsatte aldrig har mødt, familiens netværk "
                            "kan bruges til at finde personen, og faren kan række ud over "
                            "landets grænser, fx ved en planlagt rejse til udlandet. "
                            "Forældre og søskende kan også selv være under pres. At "
                            "kontakte familien for at »mægle« kan øge faren. "
                            "Risikovurdering i disse sager kræver særlig viden, og "
                            "PATRIARCH er udviklet til formålet. Giv sådanne sager videre "
                            "til medarbejdere, der er uddannet i det.</p>"
                        ),
                    },
                ],
            },
        },
        {
            "slug": "making-a-safety-plan",
            "minutes": 14,
            "required": True,
            "en": {
                "title": "Making a safety plan",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>A safety plan translates the risk assessment into "
                            "concrete agreements: what the person can do to protect "
                            "themselves and their children, and what the professionals "
                            "and authorities will do. The plan is made "
                            "<strong>with</strong> the person, not for them. The person "
                            "knows the partner, the daily routines and what has worked "
                            "before; the professional knows the risk factors, the help "
                            "available and the legal options. Respect the person's "
                            "choices. Many people stay in the relationship, or return to "
                            "it, for reasons that make sense to them — fear, children, "
                            "money, housing, love, pressure from family. Staying is also "
                            "a situation that needs a plan.</p><h3>What a safety plan "
                            "covers</h3><ul><li><strong>Safe contacts.</strong> Who the "
                            "person can call or go to at any hour: a friend, neighbour or "
                            "relative who knows the situation, the police on 112, the Lev "
                            "Uden Vold hotline on 1888, a shelter. Agree on a code word "
                            "with someone close that means “call the police”.</li><li>"
                            "<strong>An escape plan.</strong> How to get out of the home "
                            "quickly: which rooms to avoid when violence starts (kitchens, "
                            "rooms with no exit), where the keys are, where to go, how to "
                            "get there. A bag with essentials can be kept with a trusted "
                            "person.</li><li><strong>Documents and money.</strong> "
                            "Passports and identity papers, health cards, residence "
                            "permits, bank cards, the children's papers, important "
                            "medicine, and copies of evidence such as photos, messages "
                            "and medical records — kept somewhere safe outside the home "
                            "or digitally in a place the partner cannot reach.</li><li>"
                            "<strong>Children.</strong> What the children should do when "
                            "violence starts (go to a particular room or neighbour, call "
                            "112), who may collect them from daycare and school, what the "
                            "school and daycare have been told, and how handovers are "
                            "arranged.</li><li><strong>Digital safety.</strong> Shared "
                            "accounts and passwords, location sharing on phones and in "
                            "apps, tracking devices, spyware, cloud photo back-ups, "
                            "smart-home devices and children's tablets. Change passwords "
                            "from a safe device, and consider that abrupt changes may "
                            "alert the partner.</li><li><strong>Work and daily "
                            "routines.</strong> Varying routes and times, informing the "
                            "workplace, safe meeting places and contact methods with "
                            "professionals.</li><li><strong>Agreements among "
                            "professionals.</strong> Who does what, when the police are "
                            "involved, and when the plan is reassessed.</li></ul>"
                        ),
                    },
                    {
                        "type": "how_to_ask",
                        "value": {
                            "heading": "Starting a safety conversation",
                            "situation": (
                                "A caseworker has just heard that the client's partner "
                                "threatened her last weekend."
                            ),
                            "lines": [
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Thank you for telling me. I'd like us to think "
                                        "together about how you can be as safe as "
                                        "possible. Is that all right?"
                                    ),
                                    "note": (
                                        "Asks permission and makes the person a partner "
                                        "in the plan."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": (
                                        "I don't know. I'm not leaving him, if that's "
                                        "what you mean."
                                    ),
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "That's your decision, and we can plan for your "
                                        "safety whether you stay or not. What do you "
                                        "usually do when you sense things are about to go "
                                        "wrong at home?"
                                    ),
                                    "note": (
                                        "Respects the choice and builds on the person's "
                                        "own strategies."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": "I take the kids to the bedroom and lock the door.",
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "That shows you are already protecting them. Is "
                                        "there a phone in the bedroom, and is there "
                                        "someone you could call who would come or call "
                                        "the police?"
                                    ),
                                    "note": (
                                        "Acknowledges existing strategies and strengthens "
                                        "them with concrete steps."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["job_centre", "family_court"],
                            "heading": "Safety in your own meetings",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>Your own procedures are part of the safety "
                                        "plan. Never give out the person's address, phone "
                                        "number or meeting times to the other party. Book "
                                        "meetings so that the parties do not meet in "
                                        "waiting rooms or car parks, and consider "
                                        "separate meetings. Check how letters and digital "
                                        "messages reach the person, and whether the "
                                        "partner can read them. At the Family Court House "
                                        "and the courts, make sure that information about "
                                        "violence reaches the case, and that handovers "
                                        "and meetings are arranged so that the person "
                                        "exposed to violence is not put at risk.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            "da": {
                "title": "Sikkerhedsplanen",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>En sikkerhedsplan omsætter risikovurderingen til konkrete "
                            "aftaler: hvad personen kan gøre for at beskytte sig selv og "
                            "sine børn, og hvad fagpersoner og myndigheder vil gøre. "
                            "Planen laves <strong>sammen med</strong> personen, ikke for "
                            "personen. Den voldsudsatte kender partneren, hverdagens "
                            "rytme og det, der har virket før; fagpersonen kender "
                            "risikofaktorerne, hjælpemulighederne og de juridiske "
                            "muligheder. Respektér personens valg. Mange bliver i "
                            "forholdet eller vender tilbage af grunde, der giver mening "
                            "for dem — frygt, børn, økonomi, bolig, kærlighed, pres fra "
                            "familien. At blive er også en situation, der kræver en "
                            "plan.</p><h3>Hvad en sikkerhedsplan indeholder</h3><ul><li>"
                            "<strong>Trygge kontakter.</strong> Hvem personen kan ringe "
                            "til eller gå til på alle tider af døgnet: en veninde, nabo "
                            "eller slægtning, der kender situationen, politiet på 112, "
                            "Lev Uden Volds hotline på 1888, et krisecenter. Aftal et "
                            "kodeord med en nærtstående, der betyder »ring til "
                            "politiet«.</li><li><strong>En flugtplan.</strong> Hvordan "
                            "personen hurtigt kommer ud af hjemmet: hvilke rum man skal "
                            "undgå, når volden begynder (køkkenet, rum uden udgang), hvor "
                            "nøglerne er, hvor man skal hen, og hvordan man kommer "
                            "derhen. En taske med det nødvendigste kan opbevares hos en, "
                            "personen stoler på.</li><li><strong>Dokumenter og "
                            "penge.</strong> Pas og identitetspapirer, sundhedskort, "
                            "opholdstilladelse, betalingskort, børnenes papirer, vigtig "
                            "medicin og kopier af dokumentation som billeder, beskeder og "
                            "lægejournaler — opbevaret et sikkert sted uden for hjemmet "
                            "eller digitalt, hvor partneren ikke kan komme til dem.</li>"
                            "<li><strong>Børnene.</strong> Hvad børnene skal gøre, når "
                            "volden begynder (gå til et bestemt rum eller en nabo, ringe "
                            "112), hvem der må hente dem i dagtilbud og skole, hvad "
                            "dagtilbud og skole er orienteret om, og hvordan "
                            "overleveringer foregår.</li><li><strong>Digital "
                            "sikkerhed.</strong> Fælles konti og adgangskoder, "
                            "placeringsdeling på telefoner og i apps, sporingsenheder, "
                            "spionprogrammer, billedbackup i skyen, smart-home-udstyr og "
                            "børnenes tablets. Skift adgangskoder fra en sikker enhed, og "
                            "husk, at pludselige ændringer kan advare partneren.</li><li>"
                            "<strong>Arbejde og hverdag.</strong> At variere ruter og "
                            "tidspunkter, at orientere arbejdspladsen, sikre mødesteder "
                            "og kontaktformer med fagpersoner.</li><li><strong>Aftaler "
                            "mellem fagpersoner.</strong> Hvem gør hvad, hvornår politiet "
                            "inddrages, og hvornår planen revurderes.</li></ul>"
                        ),
                    },
                    {
                        "type": "how_to_ask",
                        "value": {
                            "heading": "Sådan indleder du en samtale om sikkerhed",
                            "situation": (
                                "En sagsbehandler har lige hørt, at borgerens partner "
                                "truede hende sidste weekend."
                            ),
                            "lines": [
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Tak, fordi du fortæller mig det. Jeg vil gerne "
                                        "have, at vi sammen tænker over, hvordan du kan "
                                        "være så sikker som muligt. Er det i orden?"
                                    ),
                                    "note": (
                                        "Spørger om lov og gør personen til medspiller i planen."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": (
                                        "Det ved jeg ikke. Jeg går ikke fra ham, hvis det "
                                        "er det, du mener."
                                    ),
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Det er din beslutning, og vi kan planlægge din "
                                        "sikkerhed, uanset om du bliver eller ej. Hvad "
                                        "plejer du at gøre, når du kan mærke, at det er "
                                        "ved at gå galt derhjemme?"
                                    ),
                                    "note": (
                                        "Respekterer valget og bygger på personens egne strategier."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": (
                                        "Jeg tager børnene med ind i soveværelset og låser døren."
                                    ),
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Det viser, at du allerede beskytter dem. Er der "
                                        "en telefon i soveværelset, og er der nogen, du "
                                        "kan ringe til, som vil komme eller ringe til "
                                        "politiet?"
                                    ),
                                    "note": (
                                        "Anerkender de eksisterende strategier og styrker "
                                        "dem med konkrete skridt."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["job_centre", "family_court"],
                            "heading": "Sikkerhed ved dine egne møder",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>Dine egne arbejdsgange er en del af "
                                        "sikkerhedsplanen. Udlevér aldrig personens "
                                        "adresse, telefonnummer eller mødetider til den "
                                        "anden part. Planlæg møder, så parterne ikke "
                                        "mødes i venteværelser eller på "
                                        "parkeringspladser, og overvej separate møder. "
                                        "Tjek, hvordan breve og digitale beskeder når "
                                        "frem til personen, og om partneren kan læse dem. "
                                        "I Familieretshuset og ved domstolene skal du "
                                        "sikre, at oplysninger om vold kommer med i "
                                        "sagen, og at overleveringer og møder "
                                        "tilrettelægges, så den voldsudsatte ikke bringes "
                                        "i fare.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            "slug": "reassessment",
            "minutes": 12,
            "required": True,
            "en": {
                "title": "Reassessment",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>A risk assessment is a snapshot. It describes the risk at "
                            "the time it was made, on the information available then. The "
                            "third step of the practice — reassessment — makes sure the "
                            "snapshot does not become outdated while the situation "
                            "changes around it.</p><h3>Planned reassessment</h3><p>Every "
                            "safety plan states <strong>when it will be "
                            "reassessed</strong>. How often depends on the level of risk "
                            "and how quickly the situation is changing: in a case with "
                            "high risk and an ongoing separation, the plan may need to be "
                            "reviewed every few days; in a stable case with low risk, at "
                            "longer intervals. Put the date in the plan and in the case "
                            "system, and make it clear who is responsible.</p>"
                            "<h3>Reassessment triggered by events</h3><p>Do not wait for "
                            "the planned date if something changes. Reassess at once "
                            "when:</p><ul><li>the person leaves, or announces that they "
                            "will leave, or returns to the partner;</li><li>the person "
                            "becomes pregnant, gives birth, or either party has a new "
                            "partner;</li><li>a custody, contact or divorce case starts, "
                            "or a decision is made;</li><li>there is new violence, new "
                            "threats, strangulation or stalking;</li><li>a restraining "
                            "order is breached, or the person using violence is released "
                            "from custody or prison;</li><li>you learn that the person "
                            "using violence has access to weapons, or their situation "
                            "changes dramatically — job loss, a crisis, substance use, "
                            "suicidal statements.</li></ul><h3>Working together</h3>"
                            "<p>Because no single service sees everything, reassessment "
                            "depends on information reaching the person who holds the "
                            "plan. Agree who coordinates, how new information is passed "
                            "on, and how the person exposed to violence is involved. "
                            "Share what is necessary and safe, with consent where "
                            "possible, and without it where the law allows it to prevent "
                            "serious danger or to protect children.</p><h3>Document the "
                            "assessment and the plan</h3><p>Record the date, the sources "
                            "of information, the main risk factors, the overall "
                            "judgement, the agreed safety measures and the date of the "
                            "next reassessment. Record also what the person exposed to "
                            "violence thinks about the risk: their own fear is important "
                            "information, and if they do not share your assessment, write "
                            "down how you talked about it.</p>"
                        ),
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Lena over six months",
                            "story": (
                                "<p><strong>January.</strong> Lena, 34, tells her GP that "
                                "her husband Thomas checks her phone and gets angry when "
                                "she sees friends. There has been “a push now and then”. "
                                "She does not want help; she just needs to sleep "
                                "better.</p><p><strong>March.</strong> Lena tells the job "
                                "centre that she is moving out. Thomas has said that she "
                                "will “never get the children” and that he “would rather "
                                "see everyone dead”.</p><p><strong>April.</strong> Lena "
                                "has moved in with her sister. Thomas sends dozens of "
                                "messages a day, and his car has been seen outside the "
                                "sister's flat. A case about contact with the children "
                                "has been opened at the Family Court House.</p><p>"
                                "<strong>June.</strong> At a handover, Thomas grabs Lena "
                                "by the throat until she almost blacks out. Afterwards "
                                "she says it was “over in a few seconds”. A neighbour "
                                "mentions that Thomas has a hunting rifle.</p>"
                            ),
                            "reflection_question": (
                                "At which points did the risk rise, and what should the "
                                "professionals have done each time?"
                            ),
                            "discussion": (
                                "<p>The risk rose at every stage. In January there was "
                                "coercive control and physical violence — the GP should "
                                "ask about safety, document, and offer help and "
                                "information about the hotline on 1888. In March came "
                                "separation and a threat to kill — that cannot wait: the "
                                "job centre should act the same day, involve the police, "
                                "send a report of concern about the children and make sure "
                                "the case is passed on for a risk assessment. In April, stalking "
                                "and a contact case "
                                "were added — the plan should be reassessed, and the "
                                "Family Court House should be told about the violence so "
                                "that handovers are arranged safely. In June, "
                                "strangulation and access to a weapon mean acute high "
                                "risk: police involvement at once, a new risk assessment "
                                "and a revised safety plan.</p><ul><li>No single "
                                "professional saw the whole picture.</li><li>Each new "
                                "event should have triggered a reassessment, not only an "
                                "entry in a file.</li><li>Lena's own minimising (“a few "
                                "seconds”) is typical and must not lower the "
                                "assessment.</li></ul>"
                            ),
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Risk changes — so must the plan",
                            "text": (
                                "<p>The most dangerous moments often come when something "
                                "changes: leaving, pregnancy, a court case, a breach. "
                                "Treat each change as a reason to reassess, not as a note "
                                "for the file.</p>"
                            ),
                        },
                    },
                    {
                        "type": "local_procedure",
                        "value": {
                            "heading": "Who assesses risk where you work",
                        },
                    },
                ],
            },
            "da": {
                "title": "Revurdering",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>En risikovurdering er et øjebliksbillede. Den beskriver "
                            "risikoen på det tidspunkt, den blev lavet, ud fra de "
                            "oplysninger, der var til rådighed dengang. Praksissens "
                            "tredje trin — revurderingen — sikrer, at øjebliksbilledet "
                            "ikke bliver forældet, mens situationen ændrer sig.</p>"
                            "<h3>Planlagt revurdering</h3><p>Alle sikkerhedsplaner "
                            "angiver, <strong>hvornår de revurderes</strong>. Hvor ofte "
                            "afhænger af risikoniveauet og af, hvor hurtigt situationen "
                            "ændrer sig: I en sag med høj risiko og et igangværende brud "
                            "kan planen skulle gennemgås med få dages mellemrum; i en "
                            "stabil sag med lav risiko med længere intervaller. Skriv "
                            "datoen i planen og i sagssystemet, og gør det klart, hvem "
                            "der har ansvaret.</p><h3>Revurdering udløst af hændelser</h3>"
                            "<p>Vent ikke på den planlagte dato, hvis noget ændrer sig. "
                            "Revurdér straks, når:</p><ul><li>den voldsudsatte går, "
                            "meddeler at ville gå, eller vender tilbage til "
                            "partneren;</li><li>den voldsudsatte bliver gravid eller "
                            "føder, eller en af parterne får en ny partner;</li><li>en "
                            "sag om forældremyndighed, samvær eller skilsmisse begynder, "
                            "eller der træffes en afgørelse;</li><li>der er ny vold, nye "
                            "trusler, kvælning eller stalking;</li><li>et tilhold "
                            "overtrædes, eller den voldsudøvende løslades fra varetægt "
                            "eller fængsel;</li><li>du får at vide, at den voldsudøvende "
                            "har adgang til våben, eller vedkommendes situation ændrer "
                            "sig markant — jobtab, krise, misbrug, selvmordsudsagn.</li>"
                            "</ul><h3>Samarbejdet</h3><p>Fordi ingen enkelt instans ser "
                            "det hele, afhænger revurderingen af, at oplysninger når frem "
                            "til den, der har ansvaret for planen. Aftal, hvem der "
                            "koordinerer, hvordan nye oplysninger gives videre, og "
                            "hvordan den voldsudsatte inddrages. Del det, der er "
                            "nødvendigt og sikkert, med samtykke hvor det er muligt, og "
                            "uden, hvor loven giver mulighed for det for at afværge "
                            "alvorlig fare eller beskytte børn.</p><h3>Dokumentér "
                            "vurderingen og planen</h3><p>Notér datoen, "
                            "informationskilderne, de vigtigste risikofaktorer, den "
                            "samlede vurdering, de aftalte sikkerhedstiltag og datoen for "
                            "næste revurdering. Notér også, hvad den voldsudsatte selv "
                            "mener om risikoen: Personens egen frygt er vigtig "
                            "information, og deler vedkommende ikke din vurdering, så "
                            "skriv ned, hvordan I har talt om det.</p>"
                        ),
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Lena gennem et halvt år",
                            "story": (
                                "<p><strong>Januar.</strong> Lena på 34 år fortæller sin "
                                "læge, at hendes mand Thomas tjekker hendes telefon og "
                                "bliver vred, når hun ser veninder. Der har været »et "
                                "skub nu og da«. Hun vil ikke have hjælp; hun har bare "
                                "brug for at sove bedre.</p><p><strong>Marts.</strong> "
                                "Lena fortæller jobcentret, at hun flytter. Thomas har "
                                "sagt, at hun »aldrig får børnene«, og at han »hellere "
                                "vil se dem alle døde«.</p><p><strong>April.</strong> "
                                "Lena er flyttet ind hos sin søster. Thomas sender "
                                "snesevis af beskeder om dagen, og hans bil er set uden "
                                "for søsterens lejlighed. Der er oprettet en samværssag i "
                                "Familieretshuset.</p><p><strong>Juni.</strong> Ved en "
                                "overlevering tager Thomas kvælertag på Lena, til hun "
                                "næsten besvimer. Bagefter siger hun, at det »kun varede "
                                "et par sekunder«. En nabo nævner, at Thomas har en "
                                "jagtriffel.</p>"
                            ),
                            "reflection_question": (
                                "Hvornår steg risikoen, og hvad burde fagpersonerne have "
                                "gjort hver gang?"
                            ),
                            "discussion": (
                                "<p>Risikoen steg ved hvert trin. I januar var der "
                                "kontrol og fysisk vold — lægen bør spørge til "
                                "sikkerheden, dokumentere og tilbyde hjælp og information "
                                "om hotlinen på 1888. I marts kom bruddet og en "
                                "drabstrussel — det kan ikke vente: Jobcentret skal handle "
                                "samme dag, inddrage politiet, sende en underretning om "
                                "børnene og sikre, at sagen går videre til "
                                "risikovurdering. I april kom "
                                "stalking og en samværssag til — planen skal revurderes, "
                                "og Familieretshuset skal orienteres om volden, så "
                                "overleveringer tilrettelægges sikkert. I juni betyder "
                                "kvælning og adgang til våben akut høj risiko: politiet "
                                "inddrages straks, der laves en ny risikovurdering, og "
                                "sikkerhedsplanen revideres.</p><ul><li>Ingen enkelt "
                                "fagperson så hele billedet.</li><li>Hver ny hændelse "
                                "burde have udløst en revurdering, ikke kun et notat i "
                                "sagen.</li><li>Lenas egen bagatellisering (»et par "
                                "sekunder«) er typisk og må ikke sænke vurderingen.</li>"
                                "</ul>"
                            ),
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Risikoen ændrer sig — det skal planen også",
                            "text": (
                                "<p>De farligste øjeblikke kommer ofte, når noget ændrer "
                                "sig: et brud, en graviditet, en retssag, en "
                                "overtrædelse. Betragt hver ændring som en grund til at "
                                "revurdere, ikke som et notat til sagen.</p>"
                            ),
                        },
                    },
                    {
                        "type": "local_procedure",
                        "value": {
                            "heading": "Hvem risikovurderer hos jer",
                        },
                    },
                ],
            },
        },
    ],
}
