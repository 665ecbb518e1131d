"""Demo course: children exposed to violence at home (daycare, school, children and youth)."""

MODULE = {
    "slug": "children-exposed-to-violence",
    "audience": ["daycare", "school", "children_youth"],
    "minutes": 45,
    "prerequisites": ["psychological-violence"],
    "en": {
        "title": "Children exposed to violence at home",
        "summary": (
            "Children who live with violence between the adults are victims, not "
            "witnesses. This course covers how violence affects development and "
            "attachment, the signs to look for at different ages, how to talk with a "
            "child without leading or promising secrecy, the duty to report, cooperation "
            "with children and youth services, and how to keep the child safe when a "
            "parent is the one suspected."
        ),
        "objectives": [
            "Explain why children who live with violence between adults are victims of violence.",
            (
                "Recognise signs of exposure to violence in infants, preschool children, "
                "school-age children and teenagers."
            ),
            (
                "Talk with a child in an age-appropriate way, without leading questions "
                "and without promising secrecy."
            ),
            "Report concerns and cooperate with children and youth services.",
            "Protect the child's safety when a parent is suspected of violence.",
        ],
    },
    "da": {
        "title": "Børn, der lever med vold i hjemmet",
        "summary": (
            "Børn, der lever med vold mellem de voksne, er udsatte, ikke vidner. Kurset "
            "handler om, hvordan volden påvirker udvikling og tilknytning, hvilke tegn du "
            "skal se efter i forskellige aldre, hvordan du taler med et barn uden at "
            "stille ledende spørgsmål eller love at holde det hemmeligt, om "
            "underretningspligten, samarbejdet med børne- og ungeområdet og om barnets "
            "sikkerhed, når det er en forælder, der er mistænkt."
        ),
        "objectives": [
            "Forklare, hvorfor børn, der lever med vold mellem voksne, selv er udsat for vold.",
            "Genkende tegn på voldsudsættelse hos spædbørn, børnehavebørn, skolebørn og teenagere.",
            (
                "Tale med et barn på en alderssvarende måde uden ledende spørgsmål og "
                "uden at love hemmeligholdelse."
            ),
            "Underrette og samarbejde med kommunens børne- og ungeområde.",
            "Sikre barnets sikkerhed, når en forælder er mistænkt for vold.",
        ],
    },
    "lessons": [
        {
            "slug": "children-are-victims",
            "minutes": 10,
            "required": True,
            "en": {
                "title": "Children are victims, not witnesses",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Children who live in a home with violence between the "
                            "adults are often called “witnesses”. The word is misleading. "
                            "A child in such a home is not a bystander but a "
                            "<strong>victim</strong>: the violence is directed at the "
                            "person the child depends on, happens in the place that "
                            "should be safest, and shapes the child's everyday life. Many "
                            "children are also exposed to violence themselves, directly "
                            "or when they try to intervene.</p><h3>How children live with "
                            "violence</h3><p>Adults often believe that the children “did "
                            "not notice” because they were asleep or in another room. "
                            "Children's own accounts show otherwise. Children:</p><ul><li>"
                            "<strong>hear</strong> shouting, threats, blows and crying "
                            "through walls and doors;</li><li><strong>see</strong> the "
                            "violence, or its traces — injuries, broken things, a parent "
                            "who cries;</li><li><strong>sense</strong> the tension before "
                            "and after, and learn to read the mood of the adult who uses "
                            "violence;</li><li><strong>act</strong>: they try to stop it, "
                            "call for help, protect younger siblings, or make themselves "
                            "invisible;</li><li>are <strong>drawn into</strong> the "
                            "control, for example asked to report on the other parent, "
                            "used to pass on threats, or told that the violence is their "
                            "fault.</li></ul><p>Psychological violence — threats, "
                            "humiliation, constant control — affects children as much as "
                            "physical violence, because they live inside the atmosphere "
                            "of fear it creates.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Children are victims, not witnesses",
                            "text": (
                                "<p>A child who lives with violence between the adults is "
                                "exposed to violence. You do not have to suspect that the "
                                "child has been hit to be concerned for the child.</p>"
                            ),
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Effects on development and attachment</h3><p>Young "
                            "children build their sense of safety through their "
                            "attachment to the adults who care for them. When one of "
                            "these adults is frightening, and the other is frightened, "
                            "the child has no safe base to return to. The protective "
                            "parent may be exhausted, depressed or fully occupied with "
                            "managing the partner's moods, and less able to notice the "
                            "child's needs. The parent who uses violence may be loving "
                            "one moment and threatening the next. Children adapt to this "
                            "— but the adaptations cost them.</p><p>Long-term stress "
                            "affects the developing brain and body. Children may become "
                            "constantly on guard, find it hard to calm down, sleep badly, "
                            "and have difficulty with concentration, learning and play. "
                            "Some react outwardly, with anger and conflicts; others "
                            "inwardly, with anxiety, withdrawal and physical complaints. "
                            "Children may also learn that violence is how close "
                            "relationships work, and carry that into their own "
                            "friendships and later relationships.</p><p>Not every child "
                            "is harmed in the same way. A safe, stable adult — a parent, "
                            "a grandparent, a pedagogue, a teacher — is one of the "
                            "strongest protective factors a child can have. That may be "
                            "you.</p>"
                        ),
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>The child's perspective</h3><p>To help, try to see the "
                            "situation as the child sees it. Most children love both "
                            "parents, including the one who uses violence, and want the "
                            "violence to stop — not the family to break up. Children "
                            "often feel responsible (“if I had been quieter…”), ashamed, "
                            "and bound by loyalty and by explicit or unspoken rules of "
                            "secrecy. They may fear that telling will make things worse, "
                            "that a parent will be punished, or that they will be taken "
                            "away from home. Such fears are the reason children rarely "
                            "tell directly — and why what they do say must be taken "
                            "seriously.</p>"
                        ),
                    },
                ],
            },
            "da": {
                "title": "Børn er udsatte, ikke vidner",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Børn, der lever i et hjem med vold mellem de voksne, "
                            "bliver ofte kaldt »vidner«. Ordet er misvisende. Et barn i "
                            "sådan et hjem er ikke tilskuer, men <strong>udsat</strong>: "
                            "Volden rammer den person, barnet er afhængigt af, den "
                            "foregår det sted, der burde være det tryggeste, og den "
                            "præger barnets hverdag. Mange børn bliver også selv udsat "
                            "for vold, direkte eller når de forsøger at gribe ind.</p>"
                            "<h3>Sådan lever børn med volden</h3><p>Voksne tror ofte, at "
                            "børnene »ikke opdagede noget«, fordi de sov eller var i et "
                            "andet rum. Børns egne fortællinger viser noget andet. "
                            "Børn:</p><ul><li><strong>hører</strong> råb, trusler, slag "
                            "og gråd gennem vægge og døre;</li><li><strong>ser</strong> "
                            "volden eller sporene efter den — skader, ødelagte ting, en "
                            "forælder der græder;</li><li><strong>mærker</strong> "
                            "spændingen før og efter og lærer at aflæse humøret hos den "
                            "voksne, der udøver vold;</li><li><strong>handler</strong>: "
                            "De forsøger at stoppe det, tilkalder hjælp, beskytter mindre "
                            "søskende eller gør sig usynlige;</li><li>bliver "
                            "<strong>trukket ind</strong> i kontrollen, fx ved at skulle "
                            "fortælle om den anden forælder, bringe trusler videre eller "
                            "få at vide, at volden er deres skyld.</li></ul><p>Psykisk "
                            "vold — trusler, ydmygelser, konstant kontrol — påvirker børn "
                            "lige så meget som fysisk vold, fordi de lever midt i den "
                            "atmosfære af frygt, den skaber.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Børn er udsatte, ikke vidner",
                            "text": (
                                "<p>Et barn, der lever med vold mellem de voksne, er "
                                "udsat for vold. Du behøver ikke at have mistanke om, at "
                                "barnet er blevet slået, for at være bekymret for "
                                "barnet.</p>"
                            ),
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Betydning for udvikling og tilknytning</h3><p>Små børn "
                            "opbygger deres tryghed gennem tilknytningen til de voksne, "
                            "der tager sig af dem. Når den ene af disse voksne er "
                            "skræmmende, og den anden er bange, har barnet ingen sikker "
                            "base at vende tilbage til. Den beskyttende forælder kan være "
                            "udmattet, deprimeret eller helt optaget af at håndtere "
                            "partnerens humør og derfor have sværere ved at se barnets "
                            "behov. Den forælder, der udøver vold, kan være kærlig det "
                            "ene øjeblik og truende det næste. Børn tilpasser sig — men "
                            "tilpasningen koster.</p><p>Langvarig stress påvirker "
                            "hjernens og kroppens udvikling. Børn kan blive konstant på "
                            "vagt, have svært ved at falde til ro, sove dårligt og have "
                            "vanskeligt ved koncentration, læring og leg. Nogle reagerer "
                            "udadtil med vrede og konflikter, andre indadtil med angst, "
                            "tilbagetrækning og fysiske symptomer. Børn kan også lære, at "
                            "vold er den måde, nære relationer fungerer på, og tage det "
                            "med sig ind i venskaber og senere parforhold.</p><p>Ikke "
                            "alle børn skades på samme måde. En tryg og stabil voksen — "
                            "en forælder, en bedsteforælder, en pædagog, en lærer — er en "
                            "af de stærkeste beskyttende faktorer, et barn kan have. Det "
                            "kan være dig.</p>"
                        ),
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Barnets perspektiv</h3><p>For at kunne hjælpe må du "
                            "forsøge at se situationen, som barnet ser den. De fleste "
                            "børn elsker begge forældre, også den der udøver vold, og "
                            "ønsker, at volden stopper — ikke at familien går i stykker. "
                            "Børn føler ofte ansvar (»hvis jeg bare havde været mere "
                            "stille …«), skam og er bundet af loyalitet og af udtalte "
                            "eller uudtalte regler om hemmeligholdelse. De kan frygte, at "
                            "det bliver værre, hvis de fortæller, at en forælder bliver "
                            "straffet, eller at de selv bliver fjernet hjemmefra. Den "
                            "frygt er grunden til, at børn sjældent fortæller direkte — "
                            "og til, at det, de faktisk siger, skal tages alvorligt.</p>"
                        ),
                    },
                ],
            },
        },
        {
            "slug": "signs-by-age",
            "minutes": 12,
            "required": True,
            "en": {
                "title": "Signs at different ages",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>There is no single sign that proves that a child lives "
                            "with violence, and most signs can have other causes. What "
                            "you are looking for is a <strong>pattern</strong>, a "
                            "<strong>change</strong> in the child, or a sign that fits "
                            "with other things you know — for example a parent who seems "
                            "afraid, or a remark the child has made. Signs differ with "
                            "age, because children express distress with the means they "
                            "have at their stage of development.</p><h3>Infants and "
                            "toddlers (0-2 years)</h3><p>Very young children react "
                            "through the body and through contact: sleeping and feeding "
                            "problems, excessive crying or unusual quietness, being hard "
                            "to comfort, startling easily, and little exploration or "
                            "play. Some are watchful and “frozen” rather than lively.</p>"
                            "<h3>Preschool children (3-5 years)</h3><p>Look for "
                            "regression (wetting or soiling after being dry, baby talk), "
                            "strong separation anxiety, aggression towards other "
                            "children, play or drawings in which violence is acted out, "
                            "fear of loud voices or of particular adults, and worry about "
                            "the parent at home.</p><h3>School-age children (6-12 "
                            "years)</h3><p>Signs often appear as difficulties with "
                            "concentration and learning, tiredness, headaches and stomach "
                            "aches, absence, conflicts or withdrawal, not wanting to go "
                            "home, and excessive responsibility — a child who takes care "
                            "of siblings or keeps an anxious eye on a parent. Some "
                            "children are “too good” and try never to cause trouble.</p>"
                            "<h3>Teenagers (13-17 years)</h3><p>Teenagers may show "
                            "anxiety, depression, self-harm, eating problems, substance "
                            "use, risk-taking, staying away from home, or anger and "
                            "violence of their own. They may have taken on a protective "
                            "role towards a parent or siblings, or be exposed to control "
                            "and violence in their own first relationships.</p>"
                        ),
                    },
                    {
                        "type": "detection_cues",
                        "value": {
                            "heading": "Cues you may notice",
                            "cards": [
                                {
                                    "cue": (
                                        "A toddler startles and goes rigid when an adult "
                                        "raises their voice"
                                    ),
                                    "may_indicate": (
                                        "The child may have learned that loud voices mean danger."
                                    ),
                                    "what_to_do": (
                                        "Note when it happens and with whom. Comfort the "
                                        "child calmly. Share your observation with your "
                                        "manager and colleagues to see whether others "
                                        "have noticed the same."
                                    ),
                                },
                                {
                                    "cue": (
                                        "A four-year-old repeatedly plays out one doll "
                                        "hitting another and then hiding"
                                    ),
                                    "may_indicate": (
                                        "Play is how young children process what they "
                                        "experience; repeated violent scenes can reflect "
                                        "what they see at home."
                                    ),
                                    "what_to_do": (
                                        "Observe without interrupting or interpreting "
                                        "aloud. Write down what the child does and says, "
                                        "word for word. Talk to your manager the same day."
                                    ),
                                },
                                {
                                    "cue": (
                                        "A child becomes quiet and watchful when a "
                                        "particular parent arrives at pick-up"
                                    ),
                                    "may_indicate": "Fear of that parent, or of going home.",
                                    "what_to_do": (
                                        "Write down what you see, with dates. Do not "
                                        "confront the parent. Discuss with your manager "
                                        "the same day whether a report of concern is "
                                        "needed; if so, it is sent at once."
                                    ),
                                },
                                {
                                    "cue": (
                                        "A pupil's concentration drops suddenly, and they "
                                        "fall asleep in class"
                                    ),
                                    "may_indicate": (
                                        "Poor sleep and worry because of conflict or "
                                        "violence at night — or other causes that also "
                                        "need attention."
                                    ),
                                    "what_to_do": (
                                        "Talk to the pupil alone in a calm moment and ask "
                                        "openly how things are. Compare notes with "
                                        "colleagues. Consider whether to report."
                                    ),
                                },
                                {
                                    "cue": (
                                        "A ten-year-old asks to stay at school and does "
                                        "not want to go home"
                                    ),
                                    "may_indicate": (
                                        "Something at home frightens the child, or the "
                                        "child is worried about what awaits."
                                    ),
                                    "what_to_do": (
                                        "Ask what makes home difficult, without leading. "
                                        "If the child describes danger, act immediately "
                                        "and contact the police on 112 or the "
                                        "municipality's emergency service."
                                    ),
                                },
                                {
                                    "cue": (
                                        "A teenager says that she has to “keep an eye on "
                                        "mum” and cannot join activities"
                                    ),
                                    "may_indicate": (
                                        "The young person may have taken on a protective "
                                        "role because a parent is exposed to violence."
                                    ),
                                    "what_to_do": (
                                        "Acknowledge the worry and ask what she is afraid "
                                        "might happen. Do not promise secrecy. Discuss a "
                                        "report of concern with your manager."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Look for patterns and changes",
                            "text": (
                                "<p>One sign proves nothing, and the absence of signs "
                                "proves nothing either. When something worries you, write "
                                "down what you see and talk to a colleague or your "
                                "manager — together you may see a pattern that no one "
                                "sees alone.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Tegn i forskellige aldre",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Der findes ikke ét tegn, der beviser, at et barn lever "
                            "med vold, og de fleste tegn kan have andre årsager. Det, du "
                            "skal kigge efter, er et <strong>mønster</strong>, en "
                            "<strong>forandring</strong> hos barnet eller et tegn, der "
                            "passer sammen med andet, du ved — fx en forælder, der virker "
                            "bange, eller noget barnet har sagt. Tegnene varierer med "
                            "alderen, fordi børn udtrykker mistrivsel med de midler, de "
                            "har på deres udviklingstrin.</p><h3>Spædbørn og småbørn (0-2 "
                            "år)</h3><p>De helt små reagerer gennem kroppen og kontakten: "
                            "søvn- og spiseproblemer, meget gråd eller usædvanlig "
                            "stilhed, svær at trøste, let til at fare sammen og kun lidt "
                            "udforskning og leg. Nogle er årvågne og »frosne« snarere end "
                            "livlige.</p><h3>Børnehavebørn (3-5 år)</h3><p>Se efter "
                            "tilbagefald i udviklingen (tisser eller gør i bukserne igen, "
                            "babysprog), stærk separationsangst, aggression over for "
                            "andre børn, leg eller tegninger, hvor vold spilles igennem, "
                            "frygt for høje stemmer eller for bestemte voksne og "
                            "bekymring for forælderen derhjemme.</p><h3>Skolebørn (6-12 "
                            "år)</h3><p>Tegnene viser sig ofte som koncentrations- og "
                            "indlæringsvanskeligheder, træthed, hovedpine og mavepine, "
                            "fravær, konflikter eller tilbagetrækning, at barnet ikke vil "
                            "hjem, og overdreven ansvarlighed — et barn, der passer sine "
                            "søskende eller holder bekymret øje med en forælder. Nogle "
                            "børn er »for søde« og forsøger aldrig at være til besvær.</p>"
                            "<h3>Teenagere (13-17 år)</h3><p>Unge kan vise angst, "
                            "depression, selvskade, spiseforstyrrelser, brug af "
                            "rusmidler, risikoadfærd, at de holder sig væk hjemmefra, "
                            "eller egen vrede og vold. De kan have påtaget sig en "
                            "beskytterrolle over for en forælder eller søskende eller "
                            "selv være udsat for kontrol og vold i deres første "
                            "kæresteforhold.</p>"
                        ),
                    },
                    {
                        "type": "detection_cues",
                        "value": {
                            "heading": "Tegn, du kan lægge mærke til",
                            "cards": [
                                {
                                    "cue": (
                                        "Et småbarn farer sammen og stivner, når en "
                                        "voksen hæver stemmen"
                                    ),
                                    "may_indicate": (
                                        "Barnet kan have lært, at høje stemmer betyder fare."
                                    ),
                                    "what_to_do": (
                                        "Notér, hvornår det sker, og med hvem. Trøst "
                                        "barnet roligt. Del din iagttagelse med din leder "
                                        "og dine kolleger for at høre, om andre har set "
                                        "det samme."
                                    ),
                                },
                                {
                                    "cue": (
                                        "En fireårig leger igen og igen, at én dukke slår "
                                        "en anden og så gemmer sig"
                                    ),
                                    "may_indicate": (
                                        "Leg er små børns måde at bearbejde oplevelser "
                                        "på; gentagne voldsscener kan afspejle det, "
                                        "barnet ser derhjemme."
                                    ),
                                    "what_to_do": (
                                        "Iagttag uden at afbryde eller tolke højt. Skriv "
                                        "ned, hvad barnet gør og siger, ordret. Tal med "
                                        "din leder samme dag."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Et barn bliver stille og vagtsomt, når en "
                                        "bestemt forælder kommer for at hente"
                                    ),
                                    "may_indicate": (
                                        "Frygt for den forælder eller for at skulle hjem."
                                    ),
                                    "what_to_do": (
                                        "Skriv ned, hvad du ser, med datoer. Konfrontér "
                                        "ikke forælderen. Drøft med din leder samme dag, "
                                        "om der skal underrettes; skal der, sker det "
                                        "uden ophold."
                                    ),
                                },
                                {
                                    "cue": (
                                        "En elevs koncentration falder pludselig, og "
                                        "eleven falder i søvn i timerne"
                                    ),
                                    "may_indicate": (
                                        "Dårlig søvn og bekymring på grund af konflikter "
                                        "eller vold om natten — eller andre årsager, der "
                                        "også kræver opmærksomhed."
                                    ),
                                    "what_to_do": (
                                        "Tal med eleven alene i et roligt øjeblik og "
                                        "spørg åbent, hvordan det går. Sammenlign "
                                        "iagttagelser med kolleger. Overvej, om der skal "
                                        "underrettes."
                                    ),
                                },
                                {
                                    "cue": (
                                        "En tiårig spørger, om hun må blive på skolen, og "
                                        "vil ikke hjem"
                                    ),
                                    "may_indicate": (
                                        "Noget derhjemme skræmmer barnet, eller barnet er "
                                        "bekymret for, hvad der venter."
                                    ),
                                    "what_to_do": (
                                        "Spørg, hvad der gør det svært at komme hjem, "
                                        "uden at lægge svar i munden. Beskriver barnet "
                                        "fare, så handl med det samme og kontakt politiet "
                                        "på 112 eller kommunens døgnvagt."
                                    ),
                                },
                                {
                                    "cue": (
                                        "En teenager siger, at hun skal »holde øje med "
                                        "mor« og ikke kan være med til noget"
                                    ),
                                    "may_indicate": (
                                        "Den unge kan have påtaget sig en beskytterrolle, "
                                        "fordi en forælder er udsat for vold."
                                    ),
                                    "what_to_do": (
                                        "Anerkend bekymringen og spørg, hvad hun er bange "
                                        "for, der kan ske. Lov ikke at holde det "
                                        "hemmeligt. Drøft en underretning med din leder."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Se efter mønstre og forandringer",
                            "text": (
                                "<p>Ét tegn beviser intet, og fravær af tegn beviser "
                                "heller intet. Når noget bekymrer dig, så skriv ned, hvad "
                                "du ser, og tal med en kollega eller din leder — sammen "
                                "kan I se et mønster, som ingen ser alene.</p>"
                            ),
                        },
                    },
                ],
            },
        },
        {
            "slug": "talking-with-children",
            "minutes": 12,
            "required": True,
            "en": {
                "title": "Talking with children",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Children rarely say straight out that there is violence "
                            "at home. More often they give a hint and watch how the adult "
                            "reacts. Whether they say more depends on whether the adult "
                            "seems calm, interested and able to cope with the answer. "
                            "Your task is not to investigate, but to <strong>listen, make "
                            "it possible to tell, and pass on what you hear</strong>. "
                            "Detailed interviews about what happened belong to specially "
                            "trained staff, for example at a children's house (Børnehus), "
                            "and questioning a child too much can make a later "
                            "investigation harder.</p><h3>Principles for the "
                            "conversation</h3><ul><li><strong>Choose the moment.</strong> "
                            "Talk to the child alone, somewhere the child feels safe, and "
                            "never in front of the parent you are concerned about. Side "
                            "by side — drawing, walking, playing — is often easier than "
                            "face to face.</li><li><strong>Match the child's "
                            "age.</strong> Use short, simple words with young children. "
                            "With older children, say honestly why you are asking.</li>"
                            "<li><strong>Ask open, not leading questions.</strong> “What "
                            "happened then?” or “Tell me more” lets the child use their "
                            "own words. “Did daddy hit you?” puts words in the child's "
                            "mouth and may make what the child says less reliable.</li>"
                            "<li><strong>Stay calm.</strong> Show that you can bear to "
                            "hear it. Strong reactions can make the child stop, or "
                            "protect you by taking it back.</li><li><strong>Do not "
                            "promise secrecy.</strong> Tell the child honestly that you "
                            "may need to get help from other adults, and that you will "
                            "tell them what happens.</li><li><strong>Thank the "
                            "child</strong> for telling you, and tell them that it is not "
                            "their fault.</li></ul><p>Afterwards, write down what the "
                            "child said word for word, what you asked, and how the child "
                            "seemed. Then act according to the duty to report.</p>"
                        ),
                    },
                    {
                        "type": "how_to_ask",
                        "value": {
                            "heading": "Talking with a child who gives a hint",
                            "situation": (
                                "Noah, 6, is drawing in the after-school club. He tells "
                                "the pedagogue, Sara, that he drew his house “when it's "
                                "loud”. She sits down beside him."
                            ),
                            "lines": [
                                {
                                    "speaker": "staff",
                                    "line": "That's your house. Can you tell me about the drawing?",
                                    "note": "An open invitation that follows the child's own lead.",
                                },
                                {
                                    "speaker": "person",
                                    "line": "That's Mum. She's crying. And Dad is really angry.",
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Mum is crying and Dad is angry. What happens "
                                        "when it's loud?"
                                    ),
                                    "note": (
                                        "Repeats the child's words without adding to "
                                        "them, then asks openly."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": (
                                        "He shouts and throws things. I hide under my "
                                        "duvet. Don't tell Dad I said it."
                                    ),
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "It was good that you told me. What happens at "
                                        "home is not your fault. I can't promise to keep "
                                        "it a secret: I need to tell another grown-up "
                                        "whose job is to help children, so that you and "
                                        "your mum can be safe."
                                    ),
                                    "note": (
                                        "Does not promise secrecy; explains honestly what "
                                        "will happen, and relieves the child of blame."
                                    ),
                                },
                                {
                                    "speaker": "staff",
                                    "line": "Is there anything else you want to tell me?",
                                    "note": "Leaves the door open without pressing for details.",
                                },
                            ],
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Never promise to keep it secret",
                            "text": (
                                "<p>If a child asks you to promise not to tell, say "
                                "kindly that you cannot promise that, because your job is "
                                "to make sure children are safe. A broken promise hurts a "
                                "child's trust in adults more than an honest answer "
                                "does.</p>"
                            ),
                        },
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Ali's new rule",
                            "story": (
                                "<p>Ali, 9, has always been lively in class. For the past "
                                "month he has been quiet and tired, and he has started to "
                                "ask the teacher whether his mum can come to school “to "
                                "be safe”. One afternoon, when the teacher asks how he "
                                "is, Ali says: “At home we have a new rule. We must not "
                                "say anything to Dad when he comes home, otherwise Mum "
                                "gets in trouble.” The teacher is about to ask whether "
                                "Dad hits Mum, but stops.</p>"
                            ),
                            "reflection_question": (
                                "Why was it right to stop before asking whether Dad hits "
                                "Mum? What could the teacher say instead, and what must "
                                "happen next?"
                            ),
                            "discussion": (
                                "<p>A question like “Does Dad hit Mum?” is leading: it "
                                "suggests an answer, and a child who is loyal and "
                                "frightened may deny it and then close up. Open questions "
                                "work better: “What happens if someone says something?” "
                                "or “Tell me about the new rule.” The teacher should "
                                "listen, write down Ali's exact words the same day, and "
                                "talk to the school's leadership. Ali's remark, his "
                                "change in behaviour and his worry for his mother "
                                "together give reason for concern: the school must send a "
                                "report of concern to the municipality — without first "
                                "informing the father.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Samtaler med børn",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Børn siger sjældent lige ud, at der er vold derhjemme. "
                            "Oftere kommer de med en antydning og holder øje med, hvordan "
                            "den voksne reagerer. Om de siger mere, afhænger af, om den "
                            "voksne virker rolig, interesseret og i stand til at tåle "
                            "svaret. Din opgave er ikke at undersøge, men at "
                            "<strong>lytte, gøre det muligt at fortælle og give det "
                            "videre, du hører</strong>. Detaljerede samtaler om, hvad der "
                            "er sket, hører til hos særligt uddannede fagfolk, fx i et "
                            "Børnehus, og for mange spørgsmål kan gøre en senere "
                            "undersøgelse sværere.</p><h3>Principper for samtalen</h3><ul>"
                            "<li><strong>Vælg øjeblikket.</strong> Tal med barnet alene, "
                            "et sted hvor barnet føler sig trygt, og aldrig mens den "
                            "forælder, du er bekymret for, er til stede. Side om side — "
                            "mens I tegner, går eller leger — er ofte lettere end ansigt "
                            "til ansigt.</li><li><strong>Tilpas dig barnets "
                            "alder.</strong> Brug korte, enkle ord med små børn. Sig "
                            "ærligt til større børn, hvorfor du spørger.</li><li>"
                            "<strong>Stil åbne, ikke ledende spørgsmål.</strong> »Hvad "
                            "skete der så?« eller »Fortæl mere« lader barnet bruge sine "
                            "egne ord. »Slog far dig?« lægger ord i munden på barnet og "
                            "kan gøre det, barnet siger, mindre pålideligt.</li><li>"
                            "<strong>Bevar roen.</strong> Vis, at du kan tåle at høre "
                            "det. Stærke reaktioner kan få barnet til at stoppe eller til "
                            "at beskytte dig ved at tage det tilbage.</li><li><strong>Lov "
                            "ikke at holde det hemmeligt.</strong> Sig ærligt til barnet, "
                            "at du måske skal have hjælp fra andre voksne, og at du vil "
                            "fortælle barnet, hvad der skal ske.</li><li><strong>Tak "
                            "barnet</strong> for at fortælle det, og sig, at det ikke er "
                            "barnets skyld.</li></ul><p>Skriv bagefter ordret ned, hvad "
                            "barnet sagde, hvad du spurgte om, og hvordan barnet virkede. "
                            "Handl derefter efter underretningspligten.</p>"
                        ),
                    },
                    {
                        "type": "how_to_ask",
                        "value": {
                            "heading": "Samtale med et barn, der kommer med en antydning",
                            "situation": (
                                "Noah på 6 år tegner i SFO'en. Han fortæller pædagogen "
                                "Sara, at han har tegnet sit hus, »når der er larm«. Hun "
                                "sætter sig ved siden af ham."
                            ),
                            "lines": [
                                {
                                    "speaker": "staff",
                                    "line": "Det er dit hus. Vil du fortælle mig om tegningen?",
                                    "note": "En åben invitation, der følger barnets eget spor.",
                                },
                                {
                                    "speaker": "person",
                                    "line": "Det er mor. Hun græder. Og far er rigtig vred.",
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Mor græder, og far er vred. Hvad sker der, når "
                                        "der er larm?"
                                    ),
                                    "note": (
                                        "Gentager barnets ord uden at lægge noget til og "
                                        "spørger derefter åbent."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": (
                                        "Han råber og kaster med ting. Jeg gemmer mig "
                                        "under dynen. Du må ikke sige til far, at jeg har "
                                        "sagt det."
                                    ),
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Det var godt, at du fortalte mig det. Det, der "
                                        "sker derhjemme, er ikke din skyld. Jeg kan ikke "
                                        "love at holde det hemmeligt: Jeg skal fortælle "
                                        "det til en anden voksen, hvis arbejde er at "
                                        "hjælpe børn, så du og din mor kan være trygge."
                                    ),
                                    "note": (
                                        "Lover ikke hemmeligholdelse; forklarer ærligt, "
                                        "hvad der skal ske, og fritager barnet for skyld."
                                    ),
                                },
                                {
                                    "speaker": "staff",
                                    "line": "Er der andet, du gerne vil fortælle mig?",
                                    "note": "Holder døren åben uden at presse på for detaljer.",
                                },
                            ],
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Lov aldrig at holde det hemmeligt",
                            "text": (
                                "<p>Beder et barn dig love ikke at sige det til nogen, så "
                                "sig venligt, at det kan du ikke love, fordi dit arbejde "
                                "er at sørge for, at børn er trygge. Et brudt løfte "
                                "skader barnets tillid til voksne mere end et ærligt "
                                "svar.</p>"
                            ),
                        },
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Alis nye regel",
                            "story": (
                                "<p>Ali på 9 år har altid været livlig i klassen. Den "
                                "seneste måned har han været stille og træt, og han er "
                                "begyndt at spørge læreren, om hans mor må komme på "
                                "skolen »for at være i sikkerhed«. En eftermiddag, da "
                                "læreren spørger, hvordan han har det, siger Ali: "
                                "»Derhjemme har vi en ny regel. Vi må ikke sige noget til "
                                "far, når han kommer hjem, ellers får mor ballade.« "
                                "Læreren er lige ved at spørge, om far slår mor, men "
                                "stopper sig selv.</p>"
                            ),
                            "reflection_question": (
                                "Hvorfor var det rigtigt at stoppe, før hun spurgte, om "
                                "far slår mor? Hvad kunne læreren sige i stedet, og hvad "
                                "skal der ske bagefter?"
                            ),
                            "discussion": (
                                "<p>Et spørgsmål som »Slår far mor?« er ledende: Det "
                                "lægger op til et bestemt svar, og et barn, der er loyalt "
                                "og bange, kan benægte og derefter lukke i. Åbne "
                                "spørgsmål virker bedre: »Hvad sker der, hvis nogen siger "
                                "noget?« eller »Fortæl mig om den nye regel.« Læreren "
                                "skal lytte, skrive Alis præcise ord ned samme dag og "
                                "tale med skolens ledelse. Alis udsagn, hans ændrede "
                                "adfærd og hans bekymring for sin mor giver samlet grund "
                                "til bekymring: Skolen skal sende en underretning til "
                                "kommunen — uden først at orientere faren.</p>"
                            ),
                        },
                    },
                ],
            },
        },
        {
            "slug": "reporting-and-the-childs-safety",
            "minutes": 11,
            "required": True,
            "en": {
                "title": "Reporting and the child's safety",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>When you are concerned that a child lives with violence, "
                            "the heightened duty to report applies to you. You must send "
                            "a report of concern (underretning) to the municipality when "
                            "you have reason to believe that a child may need special "
                            "support — and living with violence between the adults is "
                            "such a reason. You do not need to know what happened, who "
                            "did it, or how serious it is. Describe what you have seen "
                            "and heard, and let the municipality's children and youth "
                            "services assess it. If the child is in acute danger, call "
                            "112 first.</p><h3>Cooperation with children and youth "
                            "services</h3><p>A report is the start of cooperation, not "
                            "the end of your role. The children and youth services may "
                            "ask you for more information, invite you to a meeting, or "
                            "ask you to take part in the support around the child. "
                            "Daycare and school are often the most stable places in the "
                            "child's life, and the adults there can give the child "
                            "predictability, a trusted adult and a break from worry. If "
                            "you see new signs after reporting, tell the municipality — "
                            "either by contacting the caseworker or by sending a new "
                            "report.</p><h3>When the suspected person is a parent</h3>"
                            "<p>When a parent is suspected of violence, the child's "
                            "safety comes before the usual cooperation with parents:</p>"
                            "<ul><li><strong>Do not inform the suspected parent</strong> "
                            "before the municipality or the police have been contacted, "
                            "and do not confront them with what the child said. It can "
                            "put the child and the other parent at risk, and lead to "
                            "pressure on the child to withdraw what they said.</li><li>"
                            "<strong>Be careful with what you share</strong> with both "
                            "parents, including on the parents' communication platform "
                            "and in messages. A parent with custody may have a right to "
                            "information, but never give out an address or information "
                            "that reveals where the child and the other parent are "
                            "staying if they have fled.</li><li><strong>Know who may "
                            "collect the child</strong>, and what to do if a parent "
                            "arrives who, according to agreements or decisions you have "
                            "been told about, should not collect the child — or who seems "
                            "intoxicated or threatening. Do not put yourself in danger; "
                            "call the police if needed.</li><li><strong>Support the "
                            "protective parent</strong>, who may also be a victim, with "
                            "information about help such as shelters and the Lev Uden "
                            "Vold hotline on 1888.</li></ul>"
                        ),
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["daycare", "school"],
                            "heading": "In daycare and school",
                            "content": [
                                {
                                    "type": "key_point",
                                    "value": {
                                        "heading": "Pick-up situations",
                                        "text": (
                                            "<p>Agree with your manager in advance what "
                                            "you do if a parent you are worried about "
                                            "arrives to collect a child: who talks to the "
                                            "parent, who stays with the child, and when "
                                            "you call 112. Plans made in calm moments "
                                            "work better than decisions made under "
                                            "pressure.</p>"
                                        ),
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["children_youth"],
                            "heading": "In children and youth services",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>When a report concerns violence in the "
                                        "family, assess the child's safety before you "
                                        "contact the parents, and consider whether the "
                                        "police and a children's house should be involved "
                                        "before the family is informed. Remember that the "
                                        "child is exposed even if the violence is "
                                        "directed at the other parent, and that a parent "
                                        "who uses violence may use the case, and contact "
                                        "arrangements, to continue control. Let the "
                                        "child's own perspective be heard in the case.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "local_procedure",
                        "value": {
                            "heading": "Your local procedure for concerns about a child",
                        },
                    },
                ],
            },
            "da": {
                "title": "Underretning og barnets sikkerhed",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Når du er bekymret for, at et barn lever med vold, gælder "
                            "den skærpede underretningspligt for dig. Du skal sende en "
                            "underretning til kommunen, når du har grund til at antage, "
                            "at et barn kan have behov for særlig støtte — og at leve med "
                            "vold mellem de voksne er en sådan grund. Du behøver ikke at "
                            "vide, hvad der er sket, hvem der gjorde det, eller hvor "
                            "alvorligt det er. Beskriv, hvad du har set og hørt, og lad "
                            "kommunens børne- og ungeområde vurdere det. Er barnet i akut "
                            "fare, så ring 112 først.</p><h3>Samarbejde med børne- og "
                            "ungeområdet</h3><p>En underretning er begyndelsen på et "
                            "samarbejde, ikke slutningen på din rolle. Børne- og "
                            "ungeområdet kan bede dig om flere oplysninger, invitere dig "
                            "til et møde eller bede dig indgå i støtten omkring barnet. "
                            "Dagtilbud og skole er ofte de mest stabile steder i barnets "
                            "liv, og de voksne dér kan give barnet forudsigelighed, en "
                            "voksen at stole på og et pusterum fra bekymringerne. Ser du "
                            "nye tegn efter underretningen, så giv kommunen besked — "
                            "enten ved at kontakte sagsbehandleren eller ved at sende en "
                            "ny underretning.</p><h3>Når den mistænkte er en forælder</h3>"
                            "<p>Når en forælder er mistænkt for vold, går barnets "
                            "sikkerhed forud for det sædvanlige forældresamarbejde:</p>"
                            "<ul><li><strong>Orientér ikke den mistænkte "
                            "forælder</strong>, før kommunen eller politiet er kontaktet, "
                            "og konfrontér ikke forælderen med det, barnet har sagt. Det "
                            "kan bringe barnet og den anden forælder i fare og føre til, "
                            "at barnet bliver presset til at trække sine ord tilbage.</li>"
                            "<li><strong>Vær forsigtig med, hvad du deler</strong> med "
                            "begge forældre, også på Aula og i andre beskeder. En "
                            "forælder med forældremyndighed kan have ret til oplysninger, "
                            "men udlevér aldrig en adresse eller oplysninger, der "
                            "afslører, hvor barnet og den anden forælder opholder sig, "
                            "hvis de er flygtet.</li><li><strong>Vid, hvem der må hente "
                            "barnet</strong>, og hvad du gør, hvis en forælder kommer, "
                            "som efter aftaler eller afgørelser, du er blevet orienteret "
                            "om, ikke må hente barnet — eller som virker påvirket eller "
                            "truende. Bring ikke dig selv i fare; ring til politiet, hvis "
                            "det er nødvendigt.</li><li><strong>Støt den beskyttende "
                            "forælder</strong>, som også kan være udsat, med information "
                            "om hjælp som krisecentre og Lev Uden Volds hotline på "
                            "1888.</li></ul>"
                        ),
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["daycare", "school"],
                            "heading": "I dagtilbud og skole",
                            "content": [
                                {
                                    "type": "key_point",
                                    "value": {
                                        "heading": "Hentesituationer",
                                        "text": (
                                            "<p>Aftal på forhånd med din leder, hvad I "
                                            "gør, hvis en forælder, I er bekymrede for, "
                                            "kommer for at hente et barn: hvem taler med "
                                            "forælderen, hvem bliver hos barnet, og "
                                            "hvornår ringer I 112. Planer, der er lagt i "
                                            "ro og mag, virker bedre end beslutninger, "
                                            "der træffes under pres.</p>"
                                        ),
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["children_youth"],
                            "heading": "I børne- og ungeområdet",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>Når en underretning handler om vold i "
                                        "familien, så vurdér barnets sikkerhed, før I "
                                        "kontakter forældrene, og overvej, om politiet og "
                                        "et Børnehus skal inddrages, før familien "
                                        "orienteres. Husk, at barnet er udsat, også selv "
                                        "om volden er rettet mod den anden forælder, og "
                                        "at en voldsudøvende forælder kan bruge sagen og "
                                        "samværsordninger til at fortsætte kontrollen. "
                                        "Sørg for, at barnets eget perspektiv bliver hørt "
                                        "i sagen.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "local_procedure",
                        "value": {
                            "heading": "Den lokale procedure ved bekymring for et barn",
                        },
                    },
                ],
            },
        },
    ],
}
