"""Demo course: detection cues and how to ask (all staff, with sector sections)."""

MODULE = {
    "slug": "detection-cues",
    "audience": [],
    "minutes": 50,
    "prerequisites": ["psychological-violence"],
    "en": {
        "title": "Detection cues and how to ask",
        "summary": (
            "How to recognise the hidden signs of violence in adults and children, build "
            "trust, ask about violence safely, and respond when someone tells you. Includes "
            "cues and worked conversations for your own sector: daycare, school, health, job "
            "centre, children and youth services, the Family Court House and courts, and the "
            "police."
        ),
        "objectives": [
            (
                "Recognise hidden signs of violence in adults and children, including the cues "
                "specific to your sector."
            ),
            (
                "Ask about violence safely: alone, without the partner, children or family "
                "interpreters present, and with attention to safety and anonymity."
            ),
            (
                "Respond to a disclosure in a way that builds trust, and avoid responses that "
                "increase the risk."
            ),
            (
                "Document your observations and pass on your concern through your local "
                "procedure, including the report of concern about a child."
            ),
        ],
    },
    "da": {
        "title": "Tegn på vold og hvordan du spørger",
        "summary": (
            "Sådan genkender du de skjulte tegn på vold hos voksne og børn, opbygger tillid, "
            "spørger sikkert til vold og reagerer, når nogen betror sig til dig. Med tegn og "
            "samtaleeksempler fra din egen sektor: dagtilbud, skole, sundhed, jobcenter, "
            "børne- og ungeområdet, Familieretshuset og domstolene samt politiet."
        ),
        "objectives": [
            (
                "Kunne genkende skjulte tegn på vold hos voksne og børn, herunder de tegn, der "
                "er særlige for din sektor."
            ),
            (
                "Kunne spørge sikkert til vold: alene, uden at partner, børn eller "
                "familiemedlemmer som tolk er til stede, og med opmærksomhed på sikkerhed og "
                "anonymitet."
            ),
            (
                "Kunne reagere på en betroelse på en måde, der skaber tillid, og undgå "
                "reaktioner, der øger risikoen."
            ),
            (
                "Kunne dokumentere dine iagttagelser og give din bekymring videre efter "
                "din arbejdsplads' lokale procedure, herunder underretning ved bekymring for et "
                "barn."
            ),
        ],
    },
    "lessons": [
        {
            "slug": "hidden-signs",
            "minutes": 12,
            "required": True,
            "en": {
                "title": "Hidden signs in adults and children",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Most people who are exposed to violence do not tell anyone. "
                            "Shame, fear, loyalty, hope that things will get better, and the "
                            "fact that they may not see what they live with as violence all "
                            "keep them silent. Detection therefore has to be a routine part of "
                            "the work of everyone who meets citizens, not something that only "
                            "happens when there is a visible injury. Detection means three "
                            "things: noticing signs, asking about them, and acting on what you "
                            "learn.</p><p>Signs are rarely conclusive on their own, and a "
                            "single cue can have many explanations. What matters is "
                            "<strong>combinations</strong> and <strong>repetition</strong>: a "
                            "cancelled appointment, then a partner who answers on the person's "
                            "behalf, then an injury that is explained away. Keep short, "
                            "factual notes so that a pattern can be seen over time, and "
                            "remember that you do not need proof to ask, or to pass on a "
                            "concern.</p>"
                        ),
                    },
                    {
                        "type": "detection_cues",
                        "value": {
                            "heading": "Hidden signs in adults",
                            "cards": [
                                {
                                    "cue": (
                                        "Frequent cancellations, late arrivals or no-shows, "
                                        "often at short notice."
                                    ),
                                    "may_indicate": (
                                        "The partner may prevent the person from attending, or "
                                        "the person may be hiding injuries or be too exhausted "
                                        "to come."
                                    ),
                                    "what_to_do": (
                                        "Follow up rather than close the case. Agree on a safe "
                                        "way to make contact, and never leave messages that "
                                        "reveal the topic."
                                    ),
                                },
                                {
                                    "cue": (
                                        "The partner always comes along, answers for the "
                                        "person, or calls repeatedly during the meeting."
                                    ),
                                    "may_indicate": (
                                        "Monitoring and control. The person may not dare to "
                                        "speak freely while the partner is present or "
                                        "listening."
                                    ),
                                    "what_to_do": (
                                        "Make seeing people alone a routine part of your "
                                        "meetings, so that it does not look unusual."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Injuries that do not fit the explanation, or that the "
                                        "person avoids talking about."
                                    ),
                                    "may_indicate": (
                                        "Physical violence, possibly repeated over time."
                                    ),
                                    "what_to_do": (
                                        "Ask in private, describe what you see, and write down "
                                        "both the injury and the explanation given."
                                    ),
                                },
                                {
                                    "cue": (
                                        "The person seems anxious, jumpy or low, especially "
                                        "when the partner is mentioned."
                                    ),
                                    "may_indicate": (
                                        "Living in fear; adapting to the partner's moods."
                                    ),
                                    "what_to_do": (
                                        "Ask openly how things are at home, and whether the "
                                        "person feels safe."
                                    ),
                                },
                                {
                                    "cue": (
                                        "The person has no money of their own, must ask "
                                        "permission, or cannot make even small decisions."
                                    ),
                                    "may_indicate": "Economic violence and coercive control.",
                                    "what_to_do": (
                                        "Ask who manages money and decisions at home, and what "
                                        "happens if the person decides something alone."
                                    ),
                                },
                                {
                                    "cue": (
                                        "The person minimises, jokes about, or apologises for "
                                        "the partner's behaviour."
                                    ),
                                    "may_indicate": (
                                        "Normalisation and self-blame, which are common after "
                                        "long-term control."
                                    ),
                                    "what_to_do": (
                                        "Take the words seriously and pick them up later: “You "
                                        "said he gets angry. What happens then?”"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "detection_cues",
                        "value": {
                            "heading": "Hidden signs in children",
                            "cards": [
                                {
                                    "cue": (
                                        "Sudden changes in behaviour: withdrawal, aggression, "
                                        "regression or new fears."
                                    ),
                                    "may_indicate": (
                                        "Stress or fear at home, possibly violence between the "
                                        "adults or against the child."
                                    ),
                                    "what_to_do": (
                                        "Note what has changed and when. Talk to your manager "
                                        "and consider a report of concern."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Watchfulness or fear around a particular adult, or "
                                        "reluctance to go home."
                                    ),
                                    "may_indicate": (
                                        "The child may be afraid of what happens at home or of "
                                        "a specific person."
                                    ),
                                    "what_to_do": (
                                        "Observe and write down concrete situations. Do not "
                                        "confront the parents before talking to your manager."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Stomach aches, headaches, sleep problems or constant "
                                        "tiredness with no medical explanation."
                                    ),
                                    "may_indicate": (
                                        "Physical signs of long-term stress and insecurity."
                                    ),
                                    "what_to_do": (
                                        "Ask the child openly how things are, and share your "
                                        "observations according to your procedure."
                                    ),
                                },
                                {
                                    "cue": (
                                        "The child tells, plays or draws about fighting, "
                                        "shouting, police or someone being hurt."
                                    ),
                                    "may_indicate": (
                                        "The child may be processing violence it has seen or "
                                        "experienced."
                                    ),
                                    "what_to_do": (
                                        "Listen calmly, ask open questions only, and write "
                                        "down the child's own words as exactly as you can."
                                    ),
                                },
                                {
                                    "cue": (
                                        "The child takes care of a parent or siblings and "
                                        "worries about them far beyond its age."
                                    ),
                                    "may_indicate": (
                                        "The child may be trying to protect a parent who is "
                                        "exposed to violence."
                                    ),
                                    "what_to_do": (
                                        "Acknowledge the child's worry, make it clear that "
                                        "adults are responsible, and pass on your concern."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Building trust comes first</h3><p>People disclose to someone "
                            "they trust, and trust is built in ordinary meetings long before "
                            "any conversation about violence: by being reliable, keeping "
                            "appointments, listening without judging and being open about what "
                            "you can and cannot keep to yourself. People exposed to violence "
                            "are used to not being believed, and they watch closely how you "
                            "react to small things. A calm, interested attitude that is not "
                            "easily shocked tells them that you can handle what they might "
                            "say.</p><p>Trust also depends on safety. The person needs to know "
                            "that you will not contact the partner, will not mention the "
                            "conversation in front of the family, and will think about whether "
                            "letters, text messages and digital mail could be read at home. Be "
                            "honest about your duties: if there are children, you may have to "
                            "report a concern to the municipality. Saying this early, and "
                            "explaining that the purpose is support, usually strengthens trust "
                            "rather than weakening it.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "You do not need proof",
                            "text": (
                                "<p>Your task is to notice, ask and pass on your concern, not "
                                "to investigate or prove violence. A reasoned concern is "
                                "enough to talk to your manager and follow your local "
                                "procedure.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Skjulte tegn hos voksne og børn",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>De fleste, der udsættes for vold, fortæller det ikke til "
                            "nogen. Skam, frygt, loyalitet, håb om, at det bliver bedre, og at "
                            "de måske ikke selv ser det, de lever med, som vold, holder dem "
                            "tavse. Opsporing skal derfor være en fast del af arbejdet for "
                            "alle, der møder borgere, og ikke noget, der kun sker, når der er "
                            "en synlig skade. Opsporing betyder tre ting: at lægge mærke til "
                            "tegn, at spørge ind til dem og at handle på det, man får at "
                            "vide.</p><p>Et enkelt tegn er sjældent entydigt og kan have mange "
                            "forklaringer. Det afgørende er <strong>kombinationer</strong> og "
                            "<strong>gentagelser</strong>: et aflyst møde, så en partner, der "
                            "svarer på personens vegne, så en skade, der bliver bortforklaret. "
                            "Skriv korte, faktuelle notater, så et mønster kan blive synligt "
                            "over tid, og husk, at du ikke behøver beviser for at spørge eller "
                            "for at give din bekymring videre.</p>"
                        ),
                    },
                    {
                        "type": "detection_cues",
                        "value": {
                            "heading": "Skjulte tegn hos voksne",
                            "cards": [
                                {
                                    "cue": (
                                        "Hyppige aflysninger, forsinkelser eller udeblivelser, "
                                        "ofte med kort varsel."
                                    ),
                                    "may_indicate": (
                                        "Partneren forhindrer måske personen i at komme, eller "
                                        "personen skjuler skader eller er for udmattet til at "
                                        "møde op."
                                    ),
                                    "what_to_do": (
                                        "Følg op i stedet for at lukke sagen. Aftal en sikker "
                                        "måde at kontakte personen på, og læg aldrig beskeder, "
                                        "der afslører emnet."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Partneren er altid med, svarer på personens vegne "
                                        "eller ringer igen og igen under mødet."
                                    ),
                                    "may_indicate": (
                                        "Overvågning og kontrol. Personen tør måske ikke tale "
                                        "frit, mens partneren er til stede eller lytter med."
                                    ),
                                    "what_to_do": (
                                        "Gør det til en fast del af dine møder, at du taler "
                                        "med borgeren alene, så det ikke virker usædvanligt."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Skader, der ikke passer med forklaringen, eller som "
                                        "personen undgår at tale om."
                                    ),
                                    "may_indicate": "Fysisk vold, muligvis gentaget over tid.",
                                    "what_to_do": (
                                        "Spørg i enerum, beskriv hvad du ser, og skriv både "
                                        "skaden og den givne forklaring ned."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Personen virker angst, nervøs eller nedtrykt, især "
                                        "når partneren bliver nævnt."
                                    ),
                                    "may_indicate": (
                                        "At leve i frygt og tilpasse sig partnerens humør."
                                    ),
                                    "what_to_do": (
                                        "Spørg åbent, hvordan det går derhjemme, og om "
                                        "personen føler sig tryg."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Personen har ingen egne penge, skal bede om lov eller "
                                        "kan ikke træffe selv små beslutninger."
                                    ),
                                    "may_indicate": "Økonomisk vold og tvingende kontrol.",
                                    "what_to_do": (
                                        "Spørg, hvem der styrer penge og beslutninger "
                                        "derhjemme, og hvad der sker, hvis personen selv "
                                        "bestemmer noget."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Personen bagatelliserer, joker med eller undskylder "
                                        "partnerens opførsel."
                                    ),
                                    "may_indicate": (
                                        "Normalisering og selvbebrejdelse, som er almindeligt "
                                        "efter langvarig kontrol."
                                    ),
                                    "what_to_do": (
                                        "Tag ordene alvorligt, og vend tilbage til dem senere: "
                                        "»Du sagde, at han bliver vred. Hvad sker der så?«"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "detection_cues",
                        "value": {
                            "heading": "Skjulte tegn hos børn",
                            "cards": [
                                {
                                    "cue": (
                                        "Pludselige ændringer i adfærd: tilbagetrækning, "
                                        "aggression, tilbagegang i udvikling eller nye "
                                        "angster."
                                    ),
                                    "may_indicate": (
                                        "Stress eller frygt i hjemmet, muligvis vold mellem de "
                                        "voksne eller mod barnet."
                                    ),
                                    "what_to_do": (
                                        "Notér, hvad der har ændret sig og hvornår. Tal med "
                                        "din leder, og overvej en underretning."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Vagtsomhed eller frygt over for en bestemt voksen, "
                                        "eller at barnet ikke vil hjem."
                                    ),
                                    "may_indicate": (
                                        "Barnet kan være bange for det, der sker derhjemme, "
                                        "eller for en bestemt person."
                                    ),
                                    "what_to_do": (
                                        "Iagttag og skriv konkrete situationer ned. Konfrontér "
                                        "ikke forældrene, før du har talt med din leder."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Mavepine, hovedpine, søvnproblemer eller konstant "
                                        "træthed uden medicinsk forklaring."
                                    ),
                                    "may_indicate": (
                                        "Kropslige tegn på langvarig stress og utryghed."
                                    ),
                                    "what_to_do": (
                                        "Spørg barnet åbent, hvordan det har det, og del dine "
                                        "iagttagelser efter jeres procedure."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Barnet fortæller, leger eller tegner om slagsmål, "
                                        "råb, politi eller en, der kommer til skade."
                                    ),
                                    "may_indicate": (
                                        "Barnet bearbejder måske vold, det har set eller oplevet."
                                    ),
                                    "what_to_do": (
                                        "Lyt roligt, stil kun åbne spørgsmål, og skriv barnets "
                                        "egne ord så præcist ned, som du kan."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Barnet passer en forælder eller søskende og bekymrer "
                                        "sig om dem langt ud over sin alder."
                                    ),
                                    "may_indicate": (
                                        "Barnet forsøger måske at beskytte en forælder, der "
                                        "udsættes for vold."
                                    ),
                                    "what_to_do": (
                                        "Anerkend barnets bekymring, gør det klart, at "
                                        "ansvaret ligger hos de voksne, og giv din bekymring "
                                        "videre."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Tillid kommer først</h3><p>Mennesker betror sig til nogen, de "
                            "har tillid til, og tilliden bygges i helt almindelige møder, "
                            "længe før der tales om vold: ved at være stabil, holde aftaler, "
                            "lytte uden at dømme og være åben om, hvad du kan og ikke kan "
                            "holde for dig selv. Voldsudsatte er vant til ikke at blive troet, "
                            "og de holder nøje øje med, hvordan du reagerer på små ting. En "
                            "rolig og interesseret holdning, der ikke let lader sig chokere, "
                            "viser dem, at du kan rumme det, de måske fortæller.</p><p>Tillid "
                            "hænger også sammen med sikkerhed. Personen skal vide, at du ikke "
                            "kontakter partneren, ikke nævner samtalen foran familien og "
                            "tænker over, om breve, sms'er og Digital Post kan blive læst "
                            "derhjemme. Vær ærlig om dine forpligtelser: Hvis der er børn, kan "
                            "du være nødt til at underrette kommunen. Når du siger det tidligt "
                            "og forklarer, at formålet er støtte, styrker det som regel "
                            "tilliden frem for at svække den.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Du behøver ikke beviser",
                            "text": (
                                "<p>Din opgave er at lægge mærke til, spørge og give din "
                                "bekymring videre, ikke at efterforske eller bevise vold. En "
                                "begrundet bekymring er nok til at tale med din leder og følge "
                                "din arbejdsplads' lokale procedure.</p>"
                            ),
                        },
                    },
                ],
            },
        },
        {
            "slug": "how-to-ask",
            "minutes": 12,
            "required": True,
            "en": {
                "title": "How to ask safely",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Asking directly about violence is one of the most effective "
                            "things a professional can do. Many people who have lived with "
                            "violence say afterwards that they wished someone had asked. "
                            "Asking well is mostly a matter of <strong>setting</strong> and "
                            "<strong>framing</strong>.</p><h3>Set the "
                            "scene</h3><ul><li><strong>Alone.</strong> Only ask when the "
                            "person is alone with you: never with the partner, an ex-partner, "
                            "other family members or the children present, and not where you "
                            "can be overheard. If the partner always comes along, create a "
                            "natural reason to be alone, such as a part of the meeting that is "
                            "always held one-to-one, a form to complete, or a short walk to "
                            "another room.</li><li><strong>A professional "
                            "interpreter.</strong> Never use the partner, relatives, friends "
                            "or children as interpreters. They may be the abuser, be loyal to "
                            "the abuser, or be harmed by what they hear. Use a professional "
                            "interpreter, by telephone if necessary, and check that the person "
                            "does not know the interpreter.</li><li><strong>Safety and "
                            "anonymity.</strong> Think about what happens after the "
                            "conversation. Will the partner ask what was said? Can someone "
                            "else read the person's letters, text messages or digital mail? "
                            "Agree how and when you may contact the person, and what you will "
                            "say if someone else answers.</li><li><strong>Honesty about "
                            "confidentiality.</strong> Say what stays between you and what you "
                            "may have to pass on, for example a concern about a "
                            "child.</li></ul><h3>Frame the question</h3><p>Start with a short, "
                            "normalising introduction that makes clear you ask everyone. Then "
                            "ask about concrete behaviour rather than using the word "
                            "“violence”, which many people do not apply to their own lives. "
                            "Ask about fear, control and safety as well as physical harm. "
                            "Accept a “no” without pressing: you have shown that the subject "
                            "can be raised, and the person may come back to you later.</p>"
                        ),
                    },
                    {
                        "type": "how_to_ask",
                        "value": {
                            "heading": "A routine question",
                            "situation": (
                                "You are alone with the person in a private room. There are no "
                                "visible signs; you ask as part of your routine."
                            ),
                            "lines": [
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Before we finish, there is something I ask everyone, "
                                        "because it affects so many people. How are things at "
                                        "home at the moment?"
                                    ),
                                    "note": (
                                        "Saying that you ask everyone removes the feeling of "
                                        "being singled out."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": "Fine, I think. Busy.",
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Many of the people I meet have someone close to them "
                                        "who frightens them, controls them or hurts them. Is "
                                        "that something you have experienced?"
                                    ),
                                    "note": (
                                        "Concrete words are easier to answer than “violence”, "
                                        "which many people do not use about their own lives."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": "Not like that. He just gets very angry sometimes.",
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": "What happens when he gets angry?",
                                    "note": ("An open follow-up that uses the person's own words."),
                                },
                                {
                                    "speaker": "person",
                                    "line": (
                                        "He shouts and breaks things. Last week he threw my "
                                        "phone at the wall."
                                    ),
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Thank you for telling me. That sounds frightening. "
                                        "Are you afraid of him?"
                                    ),
                                    "note": (
                                        "Acknowledge first, then ask about fear, which is an "
                                        "important sign of risk."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "how_to_ask",
                        "value": {
                            "heading": "When you have noticed something",
                            "situation": (
                                "You have noticed a cue: the partner calls repeatedly during "
                                "your meetings. You are now alone with the person."
                            ),
                            "lines": [
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "I've noticed that your partner calls quite a lot when "
                                        "we meet, and that you seem worried when you can't "
                                        "answer. I'm asking because I care how you are."
                                    ),
                                    "note": (
                                        "Describe what you have observed, factually and "
                                        "without judging the partner."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": "He just likes to know where I am.",
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Some people feel that's care, and some people feel "
                                        "watched. How is it for you?"
                                    ),
                                    "note": (
                                        "Offering both readings means the person does not have "
                                        "to defend the partner."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": (
                                        "Sometimes it's a lot. If I don't answer, he gets "
                                        "really upset."
                                    ),
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": "What does he do when he gets upset?",
                                    "note": "",
                                },
                                {
                                    "speaker": "person",
                                    "line": "(Silence.)",
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "You don't have to say anything now. I want you to "
                                        "know that you can talk to me, and that there is help, "
                                        "also anonymous help. Is it safe for me to call you on "
                                        "this number?"
                                    ),
                                    "note": (
                                        "Accepting silence respects the person's pace; "
                                        "checking how to make contact protects their safety."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Common worries about asking",
                            "items": [
                                {
                                    "question": (
                                        "What if the person says no, but I still think "
                                        "something is wrong?"
                                    ),
                                    "answer": (
                                        "<p>Accept the answer and do not press. Say that the "
                                        "door is open, write down your observations and raise "
                                        "the subject again later. If there are children, your "
                                        "concern may still have to be passed on: talk to your "
                                        "manager.</p>"
                                    ),
                                },
                                {
                                    "question": "What if the partner is always there?",
                                    "answer": (
                                        "<p>Build time alone into your routine, so that it "
                                        "does not stand out: “I always talk to people on their "
                                        "own for part of the meeting.” Never explain to the "
                                        "partner why you want to see the person alone.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Can a relative or a bilingual colleague interpret?"
                                    ),
                                    "answer": (
                                        "<p>Never a partner, relative, friend or child. A "
                                        "colleague is acceptable only if trained as an "
                                        "interpreter and bound by confidentiality. The safest "
                                        "choice is a professional interpreter, if possible by "
                                        "telephone and from outside the person's local "
                                        "community.</p>"
                                    ),
                                },
                                {
                                    "question": "What if I open something I can't handle?",
                                    "answer": (
                                        "<p>You do not have to solve it. Your role is to "
                                        "listen, acknowledge, think about immediate safety and "
                                        "pass it on according to your local procedure. Find "
                                        "out in advance whom to contact, so you are ready.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Safety before everything",
                            "text": (
                                "<p>Never ask about violence when the partner, family members "
                                "or children are present, and never use them as interpreters. "
                                "A question asked in the wrong setting can put the person in "
                                "danger.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Sådan spørger du sikkert",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>At spørge direkte til vold er noget af det mest "
                            "virkningsfulde, en fagperson kan gøre. Mange, der har levet med "
                            "vold, siger bagefter, at de ønskede, at nogen havde spurgt. At "
                            "spørge godt handler mest om <strong>rammen</strong> og "
                            "<strong>formuleringen</strong>.</p><h3>Sæt "
                            "rammen</h3><ul><li><strong>Alene.</strong> Spørg kun, når "
                            "personen er alene med dig: aldrig mens partneren, en tidligere "
                            "partner, andre familiemedlemmer eller børnene er til stede, og "
                            "ikke hvor andre kan høre med. Hvis partneren altid er med, så "
                            "skab en naturlig anledning til at være alene, fx en del af mødet, "
                            "der altid foregår på tomandshånd, et skema, der skal udfyldes, "
                            "eller en kort tur til et andet lokale.</li><li><strong>En "
                            "professionel tolk.</strong> Brug aldrig partneren, slægtninge, "
                            "venner eller børn som tolk. De kan selv være udøveren, være "
                            "loyale over for udøveren eller tage skade af det, de hører. Brug "
                            "en professionel tolk, om nødvendigt telefontolkning, og sikr dig, "
                            "at personen ikke kender tolken.</li><li><strong>Sikkerhed og "
                            "anonymitet.</strong> Tænk over, hvad der sker efter samtalen. Vil "
                            "partneren spørge, hvad der blev sagt? Kan andre læse personens "
                            "breve, sms'er eller Digital Post? Aftal, hvordan og hvornår du må "
                            "kontakte personen, og hvad du siger, hvis en anden tager "
                            "telefonen.</li><li><strong>Ærlighed om tavshedspligt.</strong> "
                            "Fortæl, hvad der bliver mellem jer, og hvad du kan være "
                            "forpligtet til at give videre, fx en bekymring for et "
                            "barn.</li></ul><h3>Formulér spørgsmålet</h3><p>Begynd med en "
                            "kort, normaliserende indledning, der gør det klart, at du spørger "
                            "alle. Spørg derefter til konkret adfærd i stedet for at bruge "
                            "ordet »vold«, som mange ikke bruger om deres eget liv. Spørg til "
                            "frygt, kontrol og sikkerhed og ikke kun til fysisk skade. "
                            "Acceptér et nej uden at presse: Du har vist, at emnet kan tages "
                            "op, og personen kan vende tilbage til dig senere.</p>"
                        ),
                    },
                    {
                        "type": "how_to_ask",
                        "value": {
                            "heading": "Et rutinespørgsmål",
                            "situation": (
                                "Du er alene med personen i et lukket rum. Der er ingen "
                                "synlige tegn; du spørger som en fast del af din praksis."
                            ),
                            "lines": [
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Inden vi slutter, er der noget, jeg spørger alle om, "
                                        "fordi det berører så mange. Hvordan går det derhjemme "
                                        "for tiden?"
                                    ),
                                    "note": (
                                        "Når du siger, at du spørger alle, føler personen sig "
                                        "ikke udpeget."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": "Fint, tror jeg. Travlt.",
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Mange af dem, jeg møder, har en i deres nære "
                                        "relationer, som gør dem bange, kontrollerer dem eller "
                                        "gør dem fortræd. Er det noget, du har oplevet?"
                                    ),
                                    "note": (
                                        "Konkrete ord er lettere at svare på end »vold«, som "
                                        "mange ikke bruger om deres eget liv."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": (
                                        "Ikke på den måde. Han bliver bare meget vred nogle gange."
                                    ),
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": "Hvad sker der, når han bliver vred?",
                                    "note": (
                                        "Et åbent opfølgende spørgsmål, der bruger personens "
                                        "egne ord."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": (
                                        "Han råber og smadrer ting. I sidste uge kastede han "
                                        "min telefon ind i væggen."
                                    ),
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Tak, fordi du fortæller mig det. Det lyder "
                                        "skræmmende. Er du bange for ham?"
                                    ),
                                    "note": (
                                        "Anerkend først, og spørg så til frygt, som er et "
                                        "vigtigt tegn på risiko."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "how_to_ask",
                        "value": {
                            "heading": "Når du har bemærket noget",
                            "situation": (
                                "Du har lagt mærke til et tegn: Partneren ringer gentagne "
                                "gange under jeres møder. Nu er du alene med personen."
                            ),
                            "lines": [
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Jeg har lagt mærke til, at din kæreste ringer en del, "
                                        "når vi har møde, og at du virker bekymret, når du "
                                        "ikke kan tage den. Jeg spørger, fordi jeg gerne vil "
                                        "vide, hvordan du har det."
                                    ),
                                    "note": (
                                        "Beskriv, hvad du har iagttaget, sagligt og uden at "
                                        "dømme partneren."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": "Han vil bare gerne vide, hvor jeg er.",
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Nogle oplever det som omsorg, og andre føler sig "
                                        "overvåget. Hvordan er det for dig?"
                                    ),
                                    "note": (
                                        "Når du nævner begge muligheder, behøver personen ikke "
                                        "at forsvare partneren."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": (
                                        "Nogle gange bliver det for meget. Hvis jeg ikke "
                                        "svarer, bliver han virkelig sur."
                                    ),
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": "Hvad gør han, når han bliver sur?",
                                    "note": "",
                                },
                                {
                                    "speaker": "person",
                                    "line": "(Tavshed.)",
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Du behøver ikke sige noget nu. Jeg vil bare have, at "
                                        "du ved, at du kan tale med mig, og at der findes "
                                        "hjælp, også anonym hjælp. Er det sikkert, at jeg "
                                        "ringer til dig på det her nummer?"
                                    ),
                                    "note": (
                                        "At acceptere tavsheden respekterer personens tempo; "
                                        "at afklare kontakten beskytter sikkerheden."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Typiske bekymringer ved at spørge",
                            "items": [
                                {
                                    "question": (
                                        "Hvad hvis personen siger nej, men jeg stadig tror, at "
                                        "der er noget galt?"
                                    ),
                                    "answer": (
                                        "<p>Acceptér svaret, og pres ikke. Sig, at døren står "
                                        "åben, skriv dine iagttagelser ned, og tag emnet op "
                                        "igen senere. Hvis der er børn, kan din bekymring "
                                        "stadig skulle gives videre: Tal med din leder.</p>"
                                    ),
                                },
                                {
                                    "question": "Hvad hvis partneren altid er med?",
                                    "answer": (
                                        "<p>Gør tid på tomandshånd til en fast rutine, så det "
                                        "ikke skiller sig ud: »Jeg taler altid med folk alene "
                                        "i en del af mødet.« Forklar aldrig partneren, hvorfor "
                                        "du vil tale med personen alene.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Kan en slægtning eller en tosproget kollega tolke?"
                                    ),
                                    "answer": (
                                        "<p>Aldrig en partner, slægtning, ven eller et barn. "
                                        "En kollega kan kun bruges, hvis vedkommende er "
                                        "uddannet tolk og har tavshedspligt. Det sikreste er "
                                        "en professionel tolk, gerne over telefon og uden for "
                                        "personens lokalmiljø.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Hvad hvis jeg åbner for noget, jeg ikke kan håndtere?"
                                    ),
                                    "answer": (
                                        "<p>Du skal ikke løse det. Din rolle er at lytte, "
                                        "anerkende, tænke på den umiddelbare sikkerhed og give "
                                        "det videre efter din arbejdsplads' lokale procedure. Find "
                                        "ud "
                                        "af på forhånd, hvem du skal kontakte, så du er "
                                        "klar.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Sikkerhed før alt andet",
                            "text": (
                                "<p>Spørg aldrig til vold, mens partneren, familiemedlemmer "
                                "eller børn er til stede, og brug dem aldrig som tolk. Et "
                                "spørgsmål stillet i den forkerte ramme kan bringe personen i "
                                "fare.</p>"
                            ),
                        },
                    },
                ],
            },
        },
        {
            "slug": "cues-in-your-sector",
            "minutes": 12,
            "required": True,
            "en": {
                "title": "Cues and conversations in your sector",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>The signs of violence look different depending on where you "
                            "meet people. This lesson gives you the cues and a worked "
                            "conversation for your own sector. The general principles from the "
                            "previous lessons apply everywhere: look for combinations and "
                            "repetition, ask in private and never through family members, "
                            "think about safety and anonymity, and act on your "
                            "concern.</p><p>If your work brings you into contact with more "
                            "than one sector, ask your manager for access to the other "
                            "sections, or read the general signs in the first lesson "
                            "again.</p>"
                        ),
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["daycare"],
                            "heading": "In daycare",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>In daycare you see the child every day and meet "
                                        "the parents at drop-off and pick-up. The transitions "
                                        "between home and daycare are where many cues show: "
                                        "how the child reacts to the adult who collects it, "
                                        "and how the adults behave towards each other and "
                                        "towards you. Young children rarely tell in words. "
                                        "They show it in behaviour, play and drawings.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Cues in daycare",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "The child becomes quiet, clingy or "
                                                    "frightened at pick-up, especially with "
                                                    "one parent."
                                                ),
                                                "may_indicate": (
                                                    "Fear of that parent or of going home."
                                                ),
                                                "what_to_do": (
                                                    "Write down date, time and what you saw. "
                                                    "Talk to your manager the same day."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "The child plays out or draws shouting, "
                                                    "hitting, police, or a parent who is hurt "
                                                    "or crying."
                                                ),
                                                "may_indicate": (
                                                    "The child may be processing violence it "
                                                    "has seen or heard at home."
                                                ),
                                                "what_to_do": (
                                                    "Ask openly: “Tell me about your drawing.” "
                                                    "Write down the child's own words. Do not "
                                                    "ask leading questions."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Regression or unrest: wetting again, "
                                                    "sleep problems, outbursts, strong "
                                                    "separation anxiety."
                                                ),
                                                "may_indicate": (
                                                    "Long-term stress and insecurity at home."
                                                ),
                                                "what_to_do": (
                                                    "Note when it started and whether it "
                                                    "follows weekends or particular events. "
                                                    "Discuss it with colleagues and your "
                                                    "manager."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "A parent seems afraid of the other "
                                                    "parent, says “I mustn't be late or he'll "
                                                    "be angry”, or has unexplained injuries."
                                                ),
                                                "may_indicate": (
                                                    "The parent may be exposed to violence, "
                                                    "and the child lives with it."
                                                ),
                                                "what_to_do": (
                                                    "Find a moment alone with that parent, say "
                                                    "what you have noticed, and ask how things "
                                                    "are at home."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "A parent speaks to the other parent or "
                                                    "the child in a controlling, degrading or "
                                                    "threatening way in front of staff."
                                                ),
                                                "may_indicate": (
                                                    "What you see in public is often the mild "
                                                    "version of what happens at home."
                                                ),
                                                "what_to_do": (
                                                    "Note the exact words. Do not confront the "
                                                    "parent; follow your local procedure."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": "Talking with a child about a drawing",
                                        "situation": (
                                            "A four-year-old has drawn a picture at the table. "
                                            "You sit down beside the child, away from the "
                                            "other children."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "What a lot of colours. Will you tell me "
                                                    "about your drawing?"
                                                ),
                                                "note": (
                                                    "An open invitation; the child decides "
                                                    "what to say."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "That's daddy. He's angry. And mummy is crying."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Daddy is angry and mummy is crying. What "
                                                    "happens when daddy is angry?"
                                                ),
                                                "note": (
                                                    "Repeat the child's own words and follow "
                                                    "them, without adding anything new."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "He shouts really loud. I hide under the duvet."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Thank you for telling me. It's good that "
                                                    "you told me. You can always come and tell "
                                                    "me things."
                                                ),
                                                "note": (
                                                    "Praise the telling, not the content. Do "
                                                    "not promise to keep it secret, and do not "
                                                    "press for more."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "key_point",
                                    "value": {
                                        "heading": "Do not confront the parents",
                                        "text": (
                                            "<p>If you suspect that a parent uses violence, do "
                                            "not raise it with the parents yourself. Write "
                                            "down what the child said and did, talk to your "
                                            "manager, and report the concern to the "
                                            "municipality. The municipality decides how the "
                                            "parents are involved.</p>"
                                        ),
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["school"],
                            "heading": "At school",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>Teachers and other school staff follow pupils over "
                                        "years and notice when something changes. Violence at "
                                        "home often shows first as absence, tiredness and a "
                                        "drop in concentration, long before a pupil says "
                                        "anything. Older pupils may also be exposed to "
                                        "violence in their own relationships, including "
                                        "digital control and the sharing of intimate "
                                        "images.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Cues at school",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "Absence, especially after weekends and "
                                                    "holidays, or a pupil who arrives very "
                                                    "early and does not want to go home."
                                                ),
                                                "may_indicate": (
                                                    "The pupil may be kept at home, be hiding "
                                                    "injuries, or feel safer at school than at "
                                                    "home."
                                                ),
                                                "what_to_do": (
                                                    "Look at the pattern of absence and talk "
                                                    "to the pupil alone. Share your concern "
                                                    "with your manager."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Concentration problems, tiredness and "
                                                    "falling grades with no clear explanation."
                                                ),
                                                "may_indicate": (
                                                    "Poor sleep and worry caused by conflict "
                                                    "or violence at home."
                                                ),
                                                "what_to_do": (
                                                    "Ask the pupil how they are sleeping and "
                                                    "how things are at home, in private and "
                                                    "without hurry."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "A clear change in behaviour: withdrawn, "
                                                    "aggressive, anxious, or suddenly very "
                                                    "well-behaved."
                                                ),
                                                "may_indicate": (
                                                    "Stress reactions to violence at home or "
                                                    "in the pupil's own relationship."
                                                ),
                                                "what_to_do": (
                                                    "Describe the change to the pupil and ask "
                                                    "what has happened. Document dates and "
                                                    "episodes."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "The pupil tells, writes or hints about "
                                                    "shouting, fights, police or a parent "
                                                    "being hurt."
                                                ),
                                                "may_indicate": (
                                                    "A disclosure, even if it comes in small "
                                                    "pieces or as a “story”."
                                                ),
                                                "what_to_do": (
                                                    "Listen, ask open questions, write down "
                                                    "the pupil's words, and report your "
                                                    "concern to the municipality."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "An older pupil is monitored by a "
                                                    "boyfriend or girlfriend, has deleted "
                                                    "profiles, or fears images being shared."
                                                ),
                                                "may_indicate": (
                                                    "Controlling relationship, digital "
                                                    "violence or image-based abuse."
                                                ),
                                                "what_to_do": (
                                                    "Talk to the pupil alone, take it "
                                                    "seriously, and help the pupil get images "
                                                    "removed and get support."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": "Talking with a pupil after class",
                                        "situation": (
                                            "A 12-year-old has been absent several Mondays and "
                                            "seems tired. You ask the pupil to stay for a "
                                            "moment after class."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "I've noticed you've been away a few "
                                                    "Mondays and seem tired. You're not in "
                                                    "trouble. I'm wondering how you are."
                                                ),
                                                "note": (
                                                    "Describe what you have seen and say "
                                                    "clearly that this is not a reprimand."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": "It's just stuff at home.",
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Would you like to tell me a bit about the "
                                                    "stuff at home?"
                                                ),
                                                "note": (
                                                    "Use the pupil's own words and let the "
                                                    "pupil decide how much to say."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "My dad shouts at my mum. Sometimes he "
                                                    "pushes her. Please don't tell anyone."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "I'm really glad you told me. I can't "
                                                    "promise to keep it a secret, because when "
                                                    "a child has a hard time at home, I have "
                                                    "to make sure adults who can help know "
                                                    "about it. But I'll tell you what I do, "
                                                    "and you won't be on your own with this."
                                                ),
                                                "note": (
                                                    "Never promise secrecy. Explain what "
                                                    "happens next so the pupil keeps some "
                                                    "control."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["health"],
                            "heading": "In health care",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>Health staff are among the professionals who most "
                                        "often meet people exposed to violence: in general "
                                        "practice, emergency departments, maternity care, "
                                        "health visiting and psychiatry. The contact is often "
                                        "about something else: headaches, stomach pain, "
                                        "anxiety or an “accident”. Pregnancy is a period of "
                                        "higher risk, and antenatal care gives a natural "
                                        "opportunity to see the woman on her own.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Cues in health care",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "Injuries that do not match the "
                                                    "explanation, injuries of different ages, "
                                                    "or a delay in seeking treatment."
                                                ),
                                                "may_indicate": (
                                                    "Repeated physical violence that the "
                                                    "patient is hiding or is prevented from "
                                                    "getting treated."
                                                ),
                                                "what_to_do": (
                                                    "Ask in private. Record the injuries "
                                                    "precisely, with the patient's own "
                                                    "explanation in quotation marks."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Repeated visits with vague complaints: "
                                                    "headaches, abdominal pain, sleep "
                                                    "problems, anxiety."
                                                ),
                                                "may_indicate": (
                                                    "Physical and mental consequences of "
                                                    "living with violence and control."
                                                ),
                                                "what_to_do": (
                                                    "Include a question about violence when "
                                                    "you explore the symptoms, as part of your "
                                                    "routine."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "A partner who answers for the patient, "
                                                    "will not leave the room, or insists on "
                                                    "interpreting."
                                                ),
                                                "may_indicate": (
                                                    "Coercive control; the patient cannot "
                                                    "speak freely."
                                                ),
                                                "what_to_do": (
                                                    "Arrange to see the patient alone, for "
                                                    "example for an examination, and use a "
                                                    "professional interpreter."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Pregnancy: late booking, missed "
                                                    "check-ups, injuries to the abdomen or "
                                                    "breasts, a controlling partner."
                                                ),
                                                "may_indicate": (
                                                    "Violence that starts or escalates in "
                                                    "pregnancy, which increases the risk to "
                                                    "mother and baby."
                                                ),
                                                "what_to_do": (
                                                    "Ask every pregnant woman about violence "
                                                    "when she is alone. Follow your procedure "
                                                    "and consider a report of concern."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Hoarse voice, difficulty swallowing, "
                                                    "marks on the neck, red spots in the eyes "
                                                    "or face."
                                                ),
                                                "may_indicate": (
                                                    "Strangulation, which is a serious warning "
                                                    "sign of homicide risk, even without "
                                                    "visible marks."
                                                ),
                                                "what_to_do": (
                                                    "Ask directly about pressure on the neck, "
                                                    "examine and document, and treat it as "
                                                    "urgent according to your procedure."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": "Asking a pregnant woman alone",
                                        "situation": (
                                            "At an antenatal appointment the partner has come "
                                            "along. You ask him to wait outside for part of "
                                            "the consultation, as you do with everyone."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "I always see pregnant women on their own "
                                                    "for part of the visit. Would you mind "
                                                    "waiting outside for a few minutes?"
                                                ),
                                                "note": (
                                                    "A fixed routine makes it natural to ask "
                                                    "the partner to leave, without raising "
                                                    "suspicion."
                                                ),
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Because violence often starts or gets "
                                                    "worse during pregnancy, I ask everyone: "
                                                    "is anyone hurting you, threatening you or "
                                                    "controlling what you do?"
                                                ),
                                                "note": (
                                                    "Explain why you ask, and name concrete "
                                                    "forms of violence."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "He's under a lot of pressure. He grabbed "
                                                    "my arm hard last week, but it wasn't on "
                                                    "purpose."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "That sounds frightening, especially when "
                                                    "you are pregnant. Has he ever grabbed you "
                                                    "around the neck or pressed on your "
                                                    "throat?"
                                                ),
                                                "note": (
                                                    "Acknowledge, then ask specifically about "
                                                    "strangulation, which signals high risk."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": ("Once. I couldn't breathe for a moment."),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Thank you for telling me. That is "
                                                    "serious, and I want to help you stay "
                                                    "safe, you and the baby. Can we talk about "
                                                    "what you need today, and how I can "
                                                    "contact you safely?"
                                                ),
                                                "note": (
                                                    "Take it seriously without alarming; move "
                                                    "on to safety and safe contact."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["job_centre"],
                            "heading": "At the job centre",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>At the job centre, violence often shows up as a "
                                        "problem with attendance, activation or money. A "
                                        "citizen who misses meetings, drops out of an "
                                        "internship or a course, or suddenly withdraws from "
                                        "the plan may be seen as unmotivated, when in fact a "
                                        "partner is preventing them from taking part. Economic "
                                        "control is common: the partner may control the "
                                        "account that benefits are paid into, hold the "
                                        "citizen's MitID, or forbid them to work. Before you "
                                        "treat absence as lack of cooperation, consider "
                                        "whether violence or control could explain it, and "
                                        "discuss it with your manager.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Cues at the job centre",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "Meetings are cancelled at short notice, "
                                                    "sometimes by the partner, or the citizen "
                                                    "simply does not turn up."
                                                ),
                                                "may_indicate": (
                                                    "The partner may be preventing attendance, "
                                                    "or the citizen may be hiding injuries."
                                                ),
                                                "what_to_do": (
                                                    "Follow up instead of only registering the "
                                                    "absence. Ask, when you are alone, what "
                                                    "made it hard to come."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "The partner always attends, speaks for "
                                                    "the citizen, offers to interpret, or "
                                                    "calls repeatedly during meetings."
                                                ),
                                                "may_indicate": (
                                                    "Monitoring and control; the citizen "
                                                    "cannot speak freely."
                                                ),
                                                "what_to_do": (
                                                    "Hold part of every meeting one-to-one as "
                                                    "a routine. Use a professional "
                                                    "interpreter, never the partner."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Sudden withdrawal from activation: drops "
                                                    "out of an internship, course or job the "
                                                    "citizen seemed to value."
                                                ),
                                                "may_indicate": (
                                                    "The partner may forbid work or education, "
                                                    "for example jealousy of colleagues."
                                                ),
                                                "what_to_do": (
                                                    "Ask openly what happened and whether "
                                                    "anyone at home is against the activity."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "The citizen has no money despite "
                                                    "receiving benefits, has no access to "
                                                    "their own account or MitID, or has debts "
                                                    "they cannot explain."
                                                ),
                                                "may_indicate": (
                                                    "Economic violence: the partner controls "
                                                    "the benefits and the citizen's finances."
                                                ),
                                                "what_to_do": (
                                                    "Ask who has access to the account and the "
                                                    "digital ID. Tell the citizen about "
                                                    "independent debt and financial advice."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Sick leave with anxiety, stress or pain, "
                                                    "combined with a partner who decides "
                                                    "whether the citizen returns to work."
                                                ),
                                                "may_indicate": (
                                                    "Health consequences of violence, and "
                                                    "control over the citizen's working life."
                                                ),
                                                "what_to_do": (
                                                    "Include a question about the situation at "
                                                    "home when you discuss health and return "
                                                    "to work."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": (
                                            "Following up on cancelled meetings and a dropped "
                                            "internship"
                                        ),
                                        "situation": (
                                            "Amina has cancelled three meetings; once her "
                                            "husband called to cancel for her. She stopped "
                                            "going to her internship after a week. Today she "
                                            "has come alone."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Before we look at your plan, I'd like to "
                                                    "ask about something. Some meetings have "
                                                    "been cancelled, once by your husband, and "
                                                    "you stopped going to the internship. "
                                                    "Sometimes that happens because things are "
                                                    "difficult at home. How are things at "
                                                    "home?"
                                                ),
                                                "note": (
                                                    "Name the concrete observations, and offer "
                                                    "a reason that is not about motivation."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "He doesn't like me going to the "
                                                    "internship. There are men working there."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": "What happens when you go anyway?",
                                                "note": (
                                                    "An open follow-up about consequences, not "
                                                    "a judgement of the husband."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "He gets very angry. He keeps my bank card "
                                                    "so I can't buy a bus ticket."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Thank you for telling me. It sounds as if "
                                                    "he decides a lot over your money and "
                                                    "where you go. Do you have access to your "
                                                    "own account and your MitID?"
                                                ),
                                                "note": (
                                                    "Acknowledge and connect what she says to "
                                                    "economic control, a common form of "
                                                    "violence."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": "No. He has all of it.",
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "That is something we can help with, and "
                                                    "we'll do it carefully so it is safe for "
                                                    "you. Can he read your Digital Post or "
                                                    "your text messages? How would you like me "
                                                    "to contact you?"
                                                ),
                                                "note": (
                                                    "Before any letter or call, find out what "
                                                    "the partner can see, so the help does not "
                                                    "put her at risk."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "key_point",
                                    "value": {
                                        "heading": "Absence can be a sign, not a choice",
                                        "text": (
                                            "<p>Cancelled meetings, a dropped internship and "
                                            "no money for transport can be the result of "
                                            "control at home. Ask before you conclude, record "
                                            "what the citizen tells you, and follow your local "
                                            "procedure. If there are children in the home, "
                                            "consider a report of concern.</p>"
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
                                        "<p>In children and youth services, violence between "
                                        "the parents is often behind a report of concern that "
                                        "describes something else: school absence, behaviour "
                                        "problems or “conflict at home”. The parent who "
                                        "controls may dominate meetings and present the other "
                                        "parent as the problem. Always talk to each parent "
                                        "alone, and to the child alone, before you form a "
                                        "view.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Cues in children and youth services",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "Reports mention police call-outs, loud "
                                                    "arguments or a parent who has left home "
                                                    "for a period."
                                                ),
                                                "may_indicate": (
                                                    "Violence between the parents that the "
                                                    "family has not named."
                                                ),
                                                "what_to_do": (
                                                    "Ask both parents separately and directly "
                                                    "about violence and control, and check for "
                                                    "earlier reports."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "One parent dominates meetings, answers "
                                                    "for the other parent, or describes them "
                                                    "as unstable or unfit."
                                                ),
                                                "may_indicate": (
                                                    "Coercive control that continues in the "
                                                    "contact with the authorities."
                                                ),
                                                "what_to_do": (
                                                    "Hold separate conversations. Notice "
                                                    "whether the other parent speaks "
                                                    "differently when alone."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "The child's account differs from the "
                                                    "parents', or the child seems to repeat "
                                                    "adult words."
                                                ),
                                                "may_indicate": (
                                                    "The child may be under pressure to keep "
                                                    "quiet or to take sides."
                                                ),
                                                "what_to_do": (
                                                    "Talk to the child alone, in a safe "
                                                    "setting, with open questions."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": "Talking with a parent alone",
                                        "situation": (
                                            "In a child protection case the father has done "
                                            "most of the talking at the joint meeting. You see "
                                            "the mother alone afterwards."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "In all our cases I speak with each parent "
                                                    "on their own. At the meeting your husband "
                                                    "did most of the talking. How is it for "
                                                    "you at home?"
                                                ),
                                                "note": (
                                                    "Presents the conversation as routine and "
                                                    "names what you noticed."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "He's the one who decides. It's easier "
                                                    "that way."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Easier in what way? What happens if you "
                                                    "disagree with him?"
                                                ),
                                                "note": (
                                                    "Explores the consequences of "
                                                    "disagreement, which reveals control."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["family_court"],
                            "heading": "In the Family Court House and the courts",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>Separation does not end violence; it often changes "
                                        "its form. In cases about parental responsibility, "
                                        "residence and contact, the Family Court House and the "
                                        "courts meet families at the time when the risk is "
                                        "often highest. Coercive control can continue "
                                        "through the case itself: through handovers, messages "
                                        "about the children, repeated applications and "
                                        "pressure to “cooperate”. Joint meetings and mediation "
                                        "can put a victim at risk, so signs of violence must "
                                        "be picked up early.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Cues in family cases",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "A contact dispute where one parent "
                                                    "strongly resists contact and refers to "
                                                    "fear, threats or the children's safety."
                                                ),
                                                "may_indicate": (
                                                    "Violence during the relationship or after "
                                                    "the separation, not just unwillingness to "
                                                    "cooperate."
                                                ),
                                                "what_to_do": (
                                                    "Ask that parent alone about violence and "
                                                    "control. Record the answers so they are "
                                                    "included in the assessment."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "A parent is afraid of the other parent: "
                                                    "asks to wait separately, to keep their "
                                                    "address hidden, or not to attend "
                                                    "together."
                                                ),
                                                "may_indicate": (
                                                    "Fear based on experience; risk may be "
                                                    "high after the separation."
                                                ),
                                                "what_to_do": (
                                                    "Offer separate waiting and separate "
                                                    "meetings. Never reveal a protected "
                                                    "address."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Allegations of violence, by either "
                                                    "parent, including counter-allegations."
                                                ),
                                                "may_indicate": (
                                                    "Allegations may be true, and a "
                                                    "counter-allegation can itself be a form "
                                                    "of control."
                                                ),
                                                "what_to_do": (
                                                    "Take every allegation seriously and look "
                                                    "at the whole pattern: who is afraid of "
                                                    "whom, and who controls."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "A child who refuses contact, or is "
                                                    "anxious, sleeps poorly or wets before or "
                                                    "after visits."
                                                ),
                                                "may_indicate": (
                                                    "The child may be afraid of the parent or "
                                                    "have experienced violence."
                                                ),
                                                "what_to_do": (
                                                    "Make sure the child's perspective is "
                                                    "heard by a professional trained to talk "
                                                    "with children."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Handovers are used to harass; the parent "
                                                    "is followed, monitored or flooded with "
                                                    "messages after the separation."
                                                ),
                                                "may_indicate": (
                                                    "Post-separation control and stalking, a "
                                                    "recognised warning sign."
                                                ),
                                                "what_to_do": (
                                                    "Ask about it directly, record it, and "
                                                    "advise the parent to report stalking to "
                                                    "the police."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": "Before planning a meeting",
                                        "situation": (
                                            "You are preparing a meeting about contact. Before "
                                            "deciding whether the parents should meet "
                                            "together, you speak with the mother alone."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Before we plan the next meeting, I speak "
                                                    "with each parent on their own. Are you "
                                                    "worried about meeting the children's "
                                                    "father, or about the children being with "
                                                    "him?"
                                                ),
                                                "note": (
                                                    "Asking each parent alone, as a routine, "
                                                    "is the only way to learn about fear."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "I don't want to cause problems. Everybody "
                                                    "says I should just cooperate."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Cooperation should never mean putting "
                                                    "yourself or the children at risk. What "
                                                    "happens at the handovers?"
                                                ),
                                                "note": (
                                                    "Separates cooperation from safety, and "
                                                    "asks about a concrete situation."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "He shouts at me in front of the kids. "
                                                    "Last time he followed me home in his car."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Thank you for telling me. That is "
                                                    "important for how we handle the case. We "
                                                    "can hold the meetings separately, and I "
                                                    "will make sure what you have told me is "
                                                    "recorded. Have you told the police that "
                                                    "he followed you?"
                                                ),
                                                "note": (
                                                    "Shows that the disclosure has "
                                                    "consequences for the process, and points "
                                                    "to protection."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["police"],
                            "heading": "In the police",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>The police often meet violence in close relations "
                                        "at its most acute, at a call-out in the middle of the "
                                        "night, and then meet the same address again and "
                                        "again. Each call-out is a chance to detect the "
                                        "pattern behind the incident. Stalking and breaches of "
                                        "restraining orders must be taken seriously and acted "
                                        "on quickly, because they show that the person using "
                                        "violence does not accept limits. Risk assessment with "
                                        "recognised tools, such as SARA-SV, is carried out by "
                                        "trained or certified staff, and it rests on what "
                                        "officers observe and record at the scene.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Cues in police work",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "Repeated call-outs to the same address, "
                                                    "often logged as noise, a quarrel or a "
                                                    "domestic dispute."
                                                ),
                                                "may_indicate": (
                                                    "An ongoing pattern of violence, possibly "
                                                    "escalating."
                                                ),
                                                "what_to_do": (
                                                    "Check earlier call-outs before and after "
                                                    "attending. Record the history so the "
                                                    "pattern is visible."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "The victim says the partner grabbed or "
                                                    "squeezed their neck; hoarse voice, "
                                                    "trouble swallowing, red spots in the "
                                                    "eyes."
                                                ),
                                                "may_indicate": (
                                                    "Strangulation, a strong predictor of "
                                                    "homicide, often without visible marks."
                                                ),
                                                "what_to_do": (
                                                    "Ask directly about pressure on the neck, "
                                                    "loss of consciousness and breathing. "
                                                    "Secure evidence and refer for medical "
                                                    "examination."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Repeated unwanted contact: calls, "
                                                    "messages, following, turning up at home "
                                                    "or work, tracking devices."
                                                ),
                                                "may_indicate": (
                                                    "Stalking, which often escalates after "
                                                    "separation."
                                                ),
                                                "what_to_do": (
                                                    "Treat it as a pattern, not as separate "
                                                    "incidents. Collect the messages and "
                                                    "record every episode."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "The person turns up or makes contact "
                                                    "despite a restraining order."
                                                ),
                                                "may_indicate": (
                                                    "A breach of the restraining order, "
                                                    "showing that the person does not accept "
                                                    "limits and that risk is rising."
                                                ),
                                                "what_to_do": (
                                                    "React quickly and firmly to every breach. "
                                                    "Inform the victim and update the risk "
                                                    "assessment."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "The victim minimises, wants to withdraw "
                                                    "the report, or refuses to give a "
                                                    "statement while the partner is nearby."
                                                ),
                                                "may_indicate": (
                                                    "Fear of reprisal, or pressure from the "
                                                    "person using violence."
                                                ),
                                                "what_to_do": (
                                                    "Always talk to the parties separately. "
                                                    "Explain protection options and record the "
                                                    "victim's fear."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": "At a call-out",
                                        "situation": (
                                            "You have separated the parties. Your colleague is "
                                            "with the man in the living room; you talk to the "
                                            "woman in the kitchen with the door closed. The "
                                            "children are asleep upstairs."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "We talk to everyone separately at "
                                                    "call-outs like this. He can't hear us "
                                                    "here. Can you tell me what happened "
                                                    "tonight?"
                                                ),
                                                "note": (
                                                    "Confirms privacy, which makes it safer to "
                                                    "speak."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "We were arguing, and it got out of hand. "
                                                    "It's nothing, really."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Did he at any point put his hands or arm "
                                                    "around your neck, or press on your "
                                                    "throat?"
                                                ),
                                                "note": (
                                                    "Ask about strangulation directly; victims "
                                                    "often do not mention it themselves."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "He held me against the wall by my neck. "
                                                    "Only for a few seconds."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Did you find it hard to breathe, feel "
                                                    "dizzy or black out?"
                                                ),
                                                "note": (
                                                    "Specific follow-up questions document the "
                                                    "seriousness."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": "Everything went black for a moment.",
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Thank you for telling me. What you "
                                                    "describe is very dangerous, even though "
                                                    "you can't see any marks. Has anything "
                                                    "like this happened before, and has he "
                                                    "threatened you?"
                                                ),
                                                "note": (
                                                    "Names the danger clearly, then asks about "
                                                    "history and threats for the risk "
                                                    "assessment."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "key_point",
                                    "value": {
                                        "heading": (
                                            "Strangulation and breaches call for action now"
                                        ),
                                        "text": (
                                            "<p>Strangulation, threats to kill, stalking and "
                                            "breaches of a restraining order are strong "
                                            "warning signs. Record them precisely, make sure a "
                                            "trained colleague carries out a risk assessment "
                                            "and a safety plan, and report your concern about "
                                            "any children in the home to the municipality.</p>"
                                        ),
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Sector cues add to the general ones",
                            "text": (
                                "<p>The cues for your sector come on top of the general signs, "
                                "not instead of them. Use both, and share what you notice with "
                                "the other sectors through your local procedure: violence is "
                                "detected when the pieces are put together.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Tegn og samtaler i din sektor",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Tegnene på vold ser forskellige ud, alt efter hvor du møder "
                            "borgerne. I denne lektion får du tegnene og et eksempel på en "
                            "samtale fra din egen sektor. De generelle principper fra de "
                            "foregående lektioner gælder overalt: Se efter kombinationer og "
                            "gentagelser, spørg i enerum og aldrig gennem familiemedlemmer, "
                            "tænk på sikkerhed og anonymitet, og handl på din "
                            "bekymring.</p><p>Hvis dit arbejde bringer dig i kontakt med flere "
                            "sektorer, så bed din leder om adgang til de andre afsnit, eller "
                            "læs de generelle tegn i første lektion igen.</p>"
                        ),
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["daycare"],
                            "heading": "I dagtilbud",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>I dagtilbuddet ser du barnet hver dag og møder "
                                        "forældrene ved aflevering og afhentning. Det er i "
                                        "overgangene mellem hjem og institution, at mange tegn "
                                        "viser sig: hvordan barnet reagerer på den voksne, der "
                                        "henter, og hvordan de voksne opfører sig over for "
                                        "hinanden og over for dig. Små børn fortæller sjældent "
                                        "med ord. De viser det i deres adfærd, leg og "
                                        "tegninger.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Tegn i dagtilbud",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "Barnet bliver stille, klæbende eller "
                                                    "bange ved afhentning, især hos den ene "
                                                    "forælder."
                                                ),
                                                "may_indicate": (
                                                    "Frygt for den forælder eller for at komme "
                                                    "hjem."
                                                ),
                                                "what_to_do": (
                                                    "Skriv dato, tidspunkt og det, du så, ned. "
                                                    "Tal med din leder samme dag."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Barnet leger eller tegner råb, slag, "
                                                    "politi eller en forælder, der er kommet "
                                                    "til skade eller græder."
                                                ),
                                                "may_indicate": (
                                                    "Barnet bearbejder måske vold, det har set "
                                                    "eller hørt derhjemme."
                                                ),
                                                "what_to_do": (
                                                    "Spørg åbent: »Fortæl mig om din tegning.« "
                                                    "Skriv barnets egne ord ned. Stil ikke "
                                                    "ledende spørgsmål."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Tilbagegang eller uro: tisser i bukserne "
                                                    "igen, søvnproblemer, udbrud, stærk "
                                                    "separationsangst."
                                                ),
                                                "may_indicate": (
                                                    "Langvarig stress og utryghed i hjemmet."
                                                ),
                                                "what_to_do": (
                                                    "Notér, hvornår det begyndte, og om det "
                                                    "hænger sammen med weekender eller "
                                                    "bestemte hændelser. Drøft det med "
                                                    "kolleger og din leder."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "En forælder virker bange for den anden "
                                                    "forælder, siger »jeg må ikke komme for "
                                                    "sent, så bliver han vred«, eller har "
                                                    "uforklarede skader."
                                                ),
                                                "may_indicate": (
                                                    "Forælderen kan være udsat for vold, og "
                                                    "barnet lever med den."
                                                ),
                                                "what_to_do": (
                                                    "Find et øjeblik alene med den forælder, "
                                                    "fortæl hvad du har bemærket, og spørg, "
                                                    "hvordan det går derhjemme."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "En forælder taler kontrollerende, "
                                                    "nedgørende eller truende til den anden "
                                                    "forælder eller barnet, mens personalet er "
                                                    "til stede."
                                                ),
                                                "may_indicate": (
                                                    "Det, du ser udadtil, er ofte den milde "
                                                    "udgave af det, der sker derhjemme."
                                                ),
                                                "what_to_do": (
                                                    "Notér de præcise ord. Konfrontér ikke "
                                                    "forælderen; følg din arbejdsplads' lokale "
                                                    "procedure."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": "Samtale med et barn om en tegning",
                                        "situation": (
                                            "En fireårig har tegnet ved bordet. Du sætter dig "
                                            "ved siden af barnet, lidt væk fra de andre børn."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Sikke mange farver. Vil du fortælle mig "
                                                    "om din tegning?"
                                                ),
                                                "note": (
                                                    "En åben invitation; barnet bestemmer "
                                                    "selv, hvad det vil sige."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": ("Det er far. Han er vred. Og mor græder."),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Far er vred, og mor græder. Hvad sker "
                                                    "der, når far er vred?"
                                                ),
                                                "note": (
                                                    "Gentag barnets egne ord, og følg dem uden "
                                                    "at tilføje noget nyt."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "Han råber meget højt. Jeg gemmer mig "
                                                    "under dynen."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Tak, fordi du fortæller mig det. Det var "
                                                    "godt, at du fortalte det. Du må altid "
                                                    "komme og fortælle mig ting."
                                                ),
                                                "note": (
                                                    "Ros, at barnet fortæller, ikke indholdet. "
                                                    "Lov ikke at holde det hemmeligt, og pres "
                                                    "ikke for mere."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "key_point",
                                    "value": {
                                        "heading": "Konfrontér ikke forældrene",
                                        "text": (
                                            "<p>Hvis du har mistanke om, at en forælder udøver "
                                            "vold, skal du ikke selv tage det op med "
                                            "forældrene. Skriv ned, hvad barnet sagde og "
                                            "gjorde, tal med din leder, og underret kommunen. "
                                            "Det er kommunen, der beslutter, hvordan "
                                            "forældrene inddrages.</p>"
                                        ),
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["school"],
                            "heading": "I skolen",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>Lærere og andre ansatte i skolen følger eleverne "
                                        "over år og opdager, når noget ændrer sig. Vold i "
                                        "hjemmet viser sig ofte først som fravær, træthed og "
                                        "faldende koncentration, længe før en elev siger "
                                        "noget. Ældre elever kan også være udsat for vold i "
                                        "deres egne kæresteforhold, herunder digital kontrol "
                                        "og deling af intime billeder.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Tegn i skolen",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "Fravær, især efter weekender og ferier, "
                                                    "eller en elev, der kommer meget tidligt "
                                                    "og ikke vil hjem."
                                                ),
                                                "may_indicate": (
                                                    "Eleven holdes måske hjemme, skjuler "
                                                    "skader eller føler sig mere tryg i skolen "
                                                    "end derhjemme."
                                                ),
                                                "what_to_do": (
                                                    "Se på mønsteret i fraværet, og tal med "
                                                    "eleven alene. Del din bekymring med din "
                                                    "leder."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Koncentrationsbesvær, træthed og faldende "
                                                    "faglige resultater uden klar forklaring."
                                                ),
                                                "may_indicate": (
                                                    "Dårlig søvn og bekymring på grund af "
                                                    "konflikter eller vold i hjemmet."
                                                ),
                                                "what_to_do": (
                                                    "Spørg eleven, hvordan han eller hun "
                                                    "sover, og hvordan det går derhjemme, i "
                                                    "enerum og uden hast."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "En tydelig ændring i adfærd: indadvendt, "
                                                    "aggressiv, angst eller pludselig meget "
                                                    "artig."
                                                ),
                                                "may_indicate": (
                                                    "Stressreaktioner på vold i hjemmet eller "
                                                    "i elevens eget kæresteforhold."
                                                ),
                                                "what_to_do": (
                                                    "Beskriv ændringen for eleven, og spørg, "
                                                    "hvad der er sket. Dokumentér datoer og "
                                                    "episoder."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Eleven fortæller, skriver eller antyder "
                                                    "noget om råb, slåskamp, politi eller en "
                                                    "forælder, der kommer til skade."
                                                ),
                                                "may_indicate": (
                                                    "En betroelse, også selvom den kommer i "
                                                    "små bidder eller som en »historie«."
                                                ),
                                                "what_to_do": (
                                                    "Lyt, stil åbne spørgsmål, skriv elevens "
                                                    "ord ned, og underret kommunen."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "En ældre elev bliver overvåget af en "
                                                    "kæreste, har slettet sine profiler eller "
                                                    "frygter, at billeder bliver delt."
                                                ),
                                                "may_indicate": (
                                                    "Kontrollerende kæresteforhold, digital "
                                                    "vold eller billedbaserede krænkelser."
                                                ),
                                                "what_to_do": (
                                                    "Tal med eleven alene, tag det alvorligt, "
                                                    "og hjælp eleven med at få billeder "
                                                    "fjernet og få støtte."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": "Samtale med en elev efter timen",
                                        "situation": (
                                            "En 12-årig har været fraværende flere mandage og "
                                            "virker træt. Du beder eleven blive lidt efter "
                                            "timen."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Jeg har lagt mærke til, at du har været "
                                                    "væk et par mandage og virker træt. Du er "
                                                    "ikke i problemer. Jeg er bare nysgerrig "
                                                    "på, hvordan du har det."
                                                ),
                                                "note": (
                                                    "Beskriv, hvad du har set, og gør det "
                                                    "klart, at det ikke er en irettesættelse."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": "Det er bare noget derhjemme.",
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Har du lyst til at fortælle mig lidt om "
                                                    "det derhjemme?"
                                                ),
                                                "note": (
                                                    "Brug elevens egne ord, og lad eleven "
                                                    "bestemme, hvor meget der bliver sagt."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "Min far råber ad min mor. Nogle gange "
                                                    "skubber han hende. Du må ikke sige det "
                                                    "til nogen."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Jeg er rigtig glad for, at du fortæller "
                                                    "mig det. Jeg kan ikke love at holde det "
                                                    "hemmeligt, for når et barn har det svært "
                                                    "derhjemme, skal jeg sørge for, at voksne, "
                                                    "der kan hjælpe, får det at vide. Men jeg "
                                                    "fortæller dig, hvad jeg gør, og du skal "
                                                    "ikke stå alene med det."
                                                ),
                                                "note": (
                                                    "Lov aldrig hemmeligholdelse. Forklar, "
                                                    "hvad der skal ske, så eleven bevarer en "
                                                    "vis kontrol."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["health"],
                            "heading": "I sundhedsvæsenet",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>Sundhedspersonale er blandt de fagpersoner, der "
                                        "oftest møder voldsudsatte: i almen praksis, på "
                                        "skadestuen, i svangreomsorgen, i sundhedsplejen og i "
                                        "psykiatrien. Kontakten handler ofte om noget andet, "
                                        "fx hovedpine, mavesmerter, angst eller et »uheld«. "
                                        "Graviditet er en periode med øget risiko, og "
                                        "svangreomsorgen giver en naturlig anledning til at "
                                        "tale med kvinden alene.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Tegn i sundhedsvæsenet",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "Skader, der ikke passer med forklaringen, "
                                                    "skader af forskellig alder, eller at "
                                                    "patienten venter længe med at søge "
                                                    "behandling."
                                                ),
                                                "may_indicate": (
                                                    "Gentagen fysisk vold, som patienten "
                                                    "skjuler eller forhindres i at få "
                                                    "behandlet."
                                                ),
                                                "what_to_do": (
                                                    "Spørg i enerum. Beskriv skaderne præcist, "
                                                    "og skriv patientens egen forklaring ned i "
                                                    "citationstegn."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Gentagne henvendelser med uklare "
                                                    "symptomer: hovedpine, mavesmerter, "
                                                    "søvnproblemer, angst."
                                                ),
                                                "may_indicate": (
                                                    "Fysiske og psykiske følger af at leve med "
                                                    "vold og kontrol."
                                                ),
                                                "what_to_do": (
                                                    "Stil et spørgsmål om vold, når du "
                                                    "undersøger symptomerne, som en fast del "
                                                    "af din praksis."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "En partner, der svarer for patienten, "
                                                    "ikke vil forlade rummet eller insisterer "
                                                    "på at tolke."
                                                ),
                                                "may_indicate": (
                                                    "Tvingende kontrol; patienten kan ikke "
                                                    "tale frit."
                                                ),
                                                "what_to_do": (
                                                    "Sørg for at se patienten alene, fx i "
                                                    "forbindelse med en undersøgelse, og brug "
                                                    "en professionel tolk."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Graviditet: sen henvendelse, udeblivelse "
                                                    "fra kontroller, skader på maven eller "
                                                    "brysterne, en kontrollerende partner."
                                                ),
                                                "may_indicate": (
                                                    "Vold, der begynder eller optrappes under "
                                                    "graviditeten og øger risikoen for både "
                                                    "mor og barn."
                                                ),
                                                "what_to_do": (
                                                    "Spørg alle gravide til vold, når de er "
                                                    "alene. Følg jeres procedure, og overvej "
                                                    "en underretning."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Hæs stemme, synkebesvær, mærker på "
                                                    "halsen, røde prikker i øjnene eller "
                                                    "ansigtet."
                                                ),
                                                "may_indicate": (
                                                    "Kvælertag, som er et alvorligt "
                                                    "advarselstegn på risiko for drab, også "
                                                    "uden synlige mærker."
                                                ),
                                                "what_to_do": (
                                                    "Spørg direkte til tryk på halsen, "
                                                    "undersøg og dokumentér, og behandl det "
                                                    "som akut efter jeres procedure."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": "At spørge en gravid kvinde alene",
                                        "situation": (
                                            "Ved en graviditetskonsultation er partneren med. "
                                            "Du beder ham vente udenfor i en del af "
                                            "konsultationen, som du gør med alle."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Jeg taler altid med gravide alene i en "
                                                    "del af konsultationen. Vil du vente "
                                                    "udenfor et par minutter?"
                                                ),
                                                "note": (
                                                    "En fast rutine gør det naturligt at bede "
                                                    "partneren gå, uden at det vækker "
                                                    "mistanke."
                                                ),
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Fordi vold ofte begynder eller bliver "
                                                    "værre under en graviditet, spørger jeg "
                                                    "alle: Er der nogen, der gør dig fortræd, "
                                                    "truer dig eller bestemmer over, hvad du "
                                                    "gør?"
                                                ),
                                                "note": (
                                                    "Forklar, hvorfor du spørger, og nævn "
                                                    "konkrete voldsformer."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "Han er under meget pres. Han tog hårdt "
                                                    "fat i min arm i sidste uge, men det var "
                                                    "ikke med vilje."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Det lyder skræmmende, især når du er "
                                                    "gravid. Har han nogensinde taget fat om "
                                                    "din hals eller trykket på din strube?"
                                                ),
                                                "note": (
                                                    "Anerkend, og spørg så specifikt til "
                                                    "kvælertag, som er tegn på høj risiko."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "En gang. Jeg kunne ikke få luft et øjeblik."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Tak, fordi du fortæller mig det. Det er "
                                                    "alvorligt, og jeg vil gerne hjælpe dig "
                                                    "med at være i sikkerhed, dig og barnet. "
                                                    "Kan vi tale om, hvad du har brug for i "
                                                    "dag, og hvordan jeg kan kontakte dig "
                                                    "sikkert?"
                                                ),
                                                "note": (
                                                    "Tag det alvorligt uden at skræmme; gå "
                                                    "videre til sikkerhed og sikker kontakt."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["job_centre"],
                            "heading": "I jobcentret",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>I jobcentret viser volden sig ofte som et problem "
                                        "med fremmøde, aktivering eller penge. En borger, der "
                                        "udebliver fra samtaler, stopper i en praktik eller et "
                                        "kursus eller pludselig trækker sig fra planen, kan "
                                        "blive opfattet som umotiveret, selvom det i "
                                        "virkeligheden er en partner, der forhindrer "
                                        "deltagelsen. Økonomisk kontrol er almindelig: "
                                        "Partneren kan styre den konto, ydelsen udbetales til, "
                                        "have borgerens MitID eller forbyde borgeren at "
                                        "arbejde. Før du behandler udeblivelse som manglende "
                                        "samarbejde, så overvej, om vold eller kontrol kan "
                                        "være forklaringen, og drøft det med din leder.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Tegn i jobcentret",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "Samtaler aflyses med kort varsel, nogle "
                                                    "gange af partneren, eller borgeren "
                                                    "udebliver uden besked."
                                                ),
                                                "may_indicate": (
                                                    "Partneren forhindrer måske fremmødet, "
                                                    "eller borgeren skjuler skader."
                                                ),
                                                "what_to_do": (
                                                    "Følg op i stedet for kun at registrere "
                                                    "udeblivelsen. Spørg, når I er alene, hvad "
                                                    "der gjorde det svært at komme."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Partneren er altid med, taler for "
                                                    "borgeren, tilbyder at tolke eller ringer "
                                                    "gentagne gange under samtalen."
                                                ),
                                                "may_indicate": (
                                                    "Overvågning og kontrol; borgeren kan ikke "
                                                    "tale frit."
                                                ),
                                                "what_to_do": (
                                                    "Hold altid en del af samtalen på "
                                                    "tomandshånd som fast rutine. Brug en "
                                                    "professionel tolk, aldrig partneren."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Pludselig tilbagetrækning fra aktivering: "
                                                    "stopper i en praktik, et kursus eller et "
                                                    "job, som borgeren virkede glad for."
                                                ),
                                                "may_indicate": (
                                                    "Partneren forbyder måske arbejde eller "
                                                    "uddannelse, fx af jalousi over for "
                                                    "kolleger."
                                                ),
                                                "what_to_do": (
                                                    "Spørg åbent, hvad der skete, og om nogen "
                                                    "derhjemme er imod aktiviteten."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Borgeren har ingen penge, selvom der "
                                                    "udbetales ydelse, har ikke adgang til "
                                                    "egen konto eller eget MitID eller har "
                                                    "gæld, der ikke kan forklares."
                                                ),
                                                "may_indicate": (
                                                    "Økonomisk vold: Partneren styrer ydelsen "
                                                    "og borgerens økonomi."
                                                ),
                                                "what_to_do": (
                                                    "Spørg, hvem der har adgang til kontoen og "
                                                    "MitID. Fortæl borgeren om uafhængig "
                                                    "gælds- og økonomirådgivning."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Sygemelding med angst, stress eller "
                                                    "smerter, kombineret med en partner, der "
                                                    "bestemmer, om borgeren skal tilbage i "
                                                    "arbejde."
                                                ),
                                                "may_indicate": (
                                                    "Helbredsmæssige følger af vold og kontrol "
                                                    "over borgerens arbejdsliv."
                                                ),
                                                "what_to_do": (
                                                    "Spørg også til situationen derhjemme, når "
                                                    "I taler om helbred og tilbagevenden til "
                                                    "arbejde."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": (
                                            "Opfølgning på aflyste samtaler og en afbrudt praktik"
                                        ),
                                        "situation": (
                                            "Amina har aflyst tre samtaler; én gang ringede "
                                            "hendes mand og aflyste for hende. Hun stoppede i "
                                            "sin praktik efter en uge. I dag er hun kommet "
                                            "alene."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Inden vi ser på din plan, vil jeg gerne "
                                                    "spørge om noget. Nogle samtaler er blevet "
                                                    "aflyst, én gang af din mand, og du "
                                                    "stoppede i praktikken. Nogle gange sker "
                                                    "det, fordi det er svært derhjemme. "
                                                    "Hvordan går det derhjemme?"
                                                ),
                                                "note": (
                                                    "Nævn de konkrete iagttagelser, og giv en "
                                                    "mulig forklaring, der ikke handler om "
                                                    "motivation."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "Han kan ikke lide, at jeg er i praktik. "
                                                    "Der arbejder også mænd."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Hvad sker der, hvis du tager af sted "
                                                    "alligevel?"
                                                ),
                                                "note": (
                                                    "Et åbent opfølgende spørgsmål om "
                                                    "konsekvenser, ikke en dom over manden."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "Han bliver meget vred. Han beholder mit "
                                                    "betalingskort, så jeg ikke kan købe en "
                                                    "busbillet."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Tak, fordi du fortæller mig det. Det "
                                                    "lyder, som om han bestemmer meget over "
                                                    "dine penge, og hvor du må gå hen. Har du "
                                                    "adgang til din egen konto og dit MitID?"
                                                ),
                                                "note": (
                                                    "Anerkend, og forbind det, hun fortæller, "
                                                    "med økonomisk kontrol, som er en "
                                                    "almindelig voldsform."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": "Nej. Han har det hele.",
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Det er noget, vi kan hjælpe med, og vi "
                                                    "gør det forsigtigt, så det er sikkert for "
                                                    "dig. Kan han læse din Digital Post eller "
                                                    "dine sms'er? Hvordan vil du helst have, "
                                                    "at jeg kontakter dig?"
                                                ),
                                                "note": (
                                                    "Før du sender breve eller ringer, så find "
                                                    "ud af, hvad partneren kan se, så hjælpen "
                                                    "ikke bringer hende i fare."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "key_point",
                                    "value": {
                                        "heading": "Udeblivelse kan være et tegn, ikke et valg",
                                        "text": (
                                            "<p>Aflyste samtaler, en afbrudt praktik og ingen "
                                            "penge til transport kan være et resultat af "
                                            "kontrol i hjemmet. Spørg, før du konkluderer, "
                                            "skriv ned, hvad borgeren fortæller, og følg "
                                            "din arbejdsplads' lokale procedure. Hvis der er børn "
                                            "i "
                                            "hjemmet, så overvej en underretning.</p>"
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
                                        "<p>På børne- og ungeområdet ligger vold mellem "
                                        "forældrene ofte bag en underretning, der beskriver "
                                        "noget andet: skolefravær, adfærdsproblemer eller "
                                        "»konflikter i hjemmet«. Den forælder, der "
                                        "kontrollerer, kan dominere møderne og fremstille den "
                                        "anden forælder som problemet. Tal altid med hver "
                                        "forælder alene og med barnet alene, før du danner dig "
                                        "et billede.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Tegn på børne- og ungeområdet",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "Underretninger nævner politiudrykninger, "
                                                    "høje skænderier eller en forælder, der "
                                                    "har været flyttet hjemmefra en periode."
                                                ),
                                                "may_indicate": (
                                                    "Vold mellem forældrene, som familien ikke "
                                                    "selv har sat ord på."
                                                ),
                                                "what_to_do": (
                                                    "Spørg begge forældre hver for sig og "
                                                    "direkte til vold og kontrol, og undersøg "
                                                    "tidligere underretninger."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Den ene forælder dominerer møderne, "
                                                    "svarer for den anden eller beskriver "
                                                    "vedkommende som ustabil eller uegnet."
                                                ),
                                                "may_indicate": (
                                                    "Tvingende kontrol, der fortsætter i "
                                                    "kontakten med myndighederne."
                                                ),
                                                "what_to_do": (
                                                    "Hold særskilte samtaler. Læg mærke til, "
                                                    "om den anden forælder taler anderledes, "
                                                    "når han eller hun er alene."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Barnets fortælling afviger fra "
                                                    "forældrenes, eller barnet ser ud til at "
                                                    "gentage voksnes ord."
                                                ),
                                                "may_indicate": (
                                                    "Barnet kan være under pres for at tie "
                                                    "eller vælge side."
                                                ),
                                                "what_to_do": (
                                                    "Tal med barnet alene, i trygge rammer og "
                                                    "med åbne spørgsmål."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": "Samtale med en forælder alene",
                                        "situation": (
                                            "I en børnesag har faren ført ordet ved "
                                            "fællesmødet. Bagefter taler du med moren alene."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "I alle vores sager taler jeg med hver "
                                                    "forælder for sig. Ved mødet var det mest "
                                                    "din mand, der talte. Hvordan er det for "
                                                    "dig derhjemme?"
                                                ),
                                                "note": (
                                                    "Præsenterer samtalen som rutine og "
                                                    "nævner, hvad du lagde mærke til."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "Det er ham, der bestemmer. Det er nemmest "
                                                    "sådan."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Nemmest på hvilken måde? Hvad sker der, "
                                                    "hvis du er uenig med ham?"
                                                ),
                                                "note": (
                                                    "Undersøger konsekvenserne af uenighed, "
                                                    "som kan afsløre kontrol."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["family_court"],
                            "heading": "I Familieretshuset og domstolene",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>Et brud afslutter ikke volden; det ændrer ofte "
                                        "bare dens form. I sager om forældremyndighed, bopæl "
                                        "og samvær møder Familieretshuset og domstolene "
                                        "familierne på det tidspunkt, hvor risikoen ofte er "
                                        "størst. Tvingende kontrol kan fortsætte gennem "
                                        "selve sagen: gennem overleveringer, beskeder om "
                                        "børnene, gentagne ansøgninger og pres for at "
                                        "»samarbejde«. Fællesmøder og mægling kan bringe en "
                                        "voldsudsat i fare, og derfor skal tegn på vold "
                                        "opfanges tidligt.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Tegn i familieretlige sager",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "En samværssag, hvor den ene forælder "
                                                    "stærkt modsætter sig samvær og henviser "
                                                    "til frygt, trusler eller børnenes "
                                                    "sikkerhed."
                                                ),
                                                "may_indicate": (
                                                    "Vold under forholdet eller efter bruddet, "
                                                    "ikke blot manglende samarbejdsvilje."
                                                ),
                                                "what_to_do": (
                                                    "Spørg den forælder alene til vold og "
                                                    "kontrol. Skriv svarene ned, så de indgår "
                                                    "i vurderingen."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "En forælder er bange for den anden "
                                                    "forælder: beder om at vente særskilt, om "
                                                    "hemmelig adresse eller om ikke at møde "
                                                    "sammen."
                                                ),
                                                "may_indicate": (
                                                    "Frygt bygget på erfaring; risikoen kan "
                                                    "være høj efter bruddet."
                                                ),
                                                "what_to_do": (
                                                    "Tilbyd særskilt venteværelse og særskilte "
                                                    "møder. Afslør aldrig en beskyttet "
                                                    "adresse."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Påstande om vold fra en af forældrene, "
                                                    "herunder modpåstande."
                                                ),
                                                "may_indicate": (
                                                    "Påstandene kan være sande, og en "
                                                    "modpåstand kan i sig selv være en form "
                                                    "for kontrol."
                                                ),
                                                "what_to_do": (
                                                    "Tag alle påstande alvorligt, og se på "
                                                    "hele mønsteret: Hvem er bange for hvem, "
                                                    "og hvem kontrollerer?"
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Et barn, der ikke vil på samvær, eller "
                                                    "som er angst, sover dårligt eller tisser "
                                                    "i sengen før eller efter samvær."
                                                ),
                                                "may_indicate": (
                                                    "Barnet kan være bange for forælderen "
                                                    "eller have oplevet vold."
                                                ),
                                                "what_to_do": (
                                                    "Sørg for, at barnets perspektiv bliver "
                                                    "hørt af en fagperson, der er uddannet i "
                                                    "at tale med børn."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Overleveringer bruges til chikane; "
                                                    "forælderen bliver fulgt, overvåget eller "
                                                    "bombarderet med beskeder efter bruddet."
                                                ),
                                                "may_indicate": (
                                                    "Kontrol og stalking efter bruddet, et "
                                                    "anerkendt advarselstegn."
                                                ),
                                                "what_to_do": (
                                                    "Spørg direkte til det, skriv det ned, og "
                                                    "råd forælderen til at anmelde stalking "
                                                    "til politiet."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": "Før et møde planlægges",
                                        "situation": (
                                            "Du forbereder et møde om samvær. Før du "
                                            "beslutter, om forældrene skal mødes sammen, taler "
                                            "du med moren alene."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Før vi planlægger næste møde, taler jeg "
                                                    "med hver forælder for sig. Er du bekymret "
                                                    "for at mødes med børnenes far, eller for "
                                                    "at børnene er hos ham?"
                                                ),
                                                "note": (
                                                    "At spørge hver forælder alene som fast "
                                                    "rutine er den eneste måde at få kendskab "
                                                    "til frygt på."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "Jeg vil ikke lave problemer. Alle siger, "
                                                    "at jeg bare skal samarbejde."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Samarbejde må aldrig betyde, at du eller "
                                                    "børnene bringes i fare. Hvad sker der ved "
                                                    "overleveringerne?"
                                                ),
                                                "note": (
                                                    "Skiller samarbejde fra sikkerhed og "
                                                    "spørger til en konkret situation."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "Han råber ad mig, mens børnene hører på "
                                                    "det. Sidste gang fulgte han efter mig "
                                                    "hjem i bilen."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Tak, fordi du fortæller mig det. Det har "
                                                    "betydning for, hvordan vi behandler "
                                                    "sagen. Vi kan holde møderne hver for sig, "
                                                    "og jeg sørger for, at det, du har "
                                                    "fortalt, bliver skrevet ned. Har du "
                                                    "fortalt politiet, at han fulgte efter "
                                                    "dig?"
                                                ),
                                                "note": (
                                                    "Viser, at betroelsen får betydning for "
                                                    "forløbet, og peger på beskyttelse."
                                                ),
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["police"],
                            "heading": "I politiet",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>Politiet møder ofte vold i nære relationer, når "
                                        "den er mest akut, ved en udrykning midt om natten, og "
                                        "møder så den samme adresse igen og igen. Hver "
                                        "udrykning er en mulighed for at opspore mønstret bag "
                                        "hændelsen. Stalking og overtrædelse af tilhold skal "
                                        "tages alvorligt og håndteres hurtigt, fordi det "
                                        "viser, at udøveren ikke respekterer grænser. "
                                        "Risikovurdering med anerkendte redskaber som SARA-SV "
                                        "foretages af uddannede eller certificerede "
                                        "medarbejdere, og den bygger på det, betjentene "
                                        "iagttager og registrerer på stedet.</p>"
                                    ),
                                },
                                {
                                    "type": "detection_cues",
                                    "value": {
                                        "heading": "Tegn i politiarbejdet",
                                        "cards": [
                                            {
                                                "cue": (
                                                    "Gentagne udrykninger til samme adresse, "
                                                    "ofte registreret som støj, skænderi eller "
                                                    "husspektakler."
                                                ),
                                                "may_indicate": (
                                                    "Et vedvarende mønster af vold, muligvis i "
                                                    "optrapning."
                                                ),
                                                "what_to_do": (
                                                    "Tjek tidligere udrykninger før og efter "
                                                    "besøget. Registrér historikken, så "
                                                    "mønstret bliver synligt."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Den voldsudsatte fortæller, at partneren "
                                                    "tog fat om eller klemte halsen; hæs "
                                                    "stemme, synkebesvær, røde prikker i "
                                                    "øjnene."
                                                ),
                                                "may_indicate": (
                                                    "Kvælertag, som i høj grad forudsiger drab "
                                                    "og ofte ikke efterlader synlige mærker."
                                                ),
                                                "what_to_do": (
                                                    "Spørg direkte til tryk på halsen, "
                                                    "bevidsthedstab og vejrtrækning. Sikr "
                                                    "beviser, og henvis til lægeundersøgelse."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Gentagen uønsket kontakt: opkald, "
                                                    "beskeder, forfølgelse, opsøgning ved hjem "
                                                    "eller arbejde, sporingsudstyr."
                                                ),
                                                "may_indicate": (
                                                    "Stalking, der ofte optrappes efter et brud."
                                                ),
                                                "what_to_do": (
                                                    "Behandl det som et mønster, ikke som "
                                                    "enkeltstående hændelser. Indsaml "
                                                    "beskederne, og registrér hver episode."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Personen dukker op eller tager kontakt "
                                                    "trods et tilhold."
                                                ),
                                                "may_indicate": (
                                                    "Overtrædelse af tilhold, som viser, at "
                                                    "personen ikke respekterer grænser, og at "
                                                    "risikoen stiger."
                                                ),
                                                "what_to_do": (
                                                    "Reagér hurtigt og fast på hver "
                                                    "overtrædelse. Orientér den voldsudsatte, "
                                                    "og opdatér risikovurderingen."
                                                ),
                                            },
                                            {
                                                "cue": (
                                                    "Den voldsudsatte bagatelliserer, vil "
                                                    "trække anmeldelsen tilbage eller afgiver "
                                                    "ikke forklaring, mens partneren er i "
                                                    "nærheden."
                                                ),
                                                "may_indicate": (
                                                    "Frygt for repressalier eller pres fra "
                                                    "udøveren."
                                                ),
                                                "what_to_do": (
                                                    "Tal altid med parterne hver for sig. "
                                                    "Forklar beskyttelsesmulighederne, og "
                                                    "registrér den voldsudsattes frygt."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "how_to_ask",
                                    "value": {
                                        "heading": "Ved en udrykning",
                                        "situation": (
                                            "I har skilt parterne ad. Din kollega er med "
                                            "manden i stuen; du taler med kvinden i køkkenet "
                                            "med lukket dør. Børnene sover ovenpå."
                                        ),
                                        "lines": [
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Ved udrykninger som denne taler vi med "
                                                    "alle hver for sig. Han kan ikke høre os "
                                                    "herinde. Kan du fortælle mig, hvad der "
                                                    "skete i aften?"
                                                ),
                                                "note": (
                                                    "Bekræfter, at samtalen er privat, så det "
                                                    "bliver mere sikkert at tale."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "Vi skændtes, og det løb løbsk. Det er "
                                                    "egentlig ingenting."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Tog han på noget tidspunkt sine hænder "
                                                    "eller sin arm om din hals eller trykkede "
                                                    "på din strube?"
                                                ),
                                                "note": (
                                                    "Spørg direkte til kvælertag; voldsudsatte "
                                                    "nævner det ofte ikke selv."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": (
                                                    "Han holdt mig op ad væggen om halsen. Kun "
                                                    "i et par sekunder."
                                                ),
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Havde du svært ved at trække vejret, blev "
                                                    "du svimmel, eller blev det sort for dig?"
                                                ),
                                                "note": (
                                                    "Konkrete opfølgende spørgsmål "
                                                    "dokumenterer alvoren."
                                                ),
                                            },
                                            {
                                                "speaker": "person",
                                                "line": "Det blev sort et øjeblik.",
                                                "note": "",
                                            },
                                            {
                                                "speaker": "staff",
                                                "line": (
                                                    "Tak, fordi du fortæller mig det. Det, du "
                                                    "beskriver, er meget farligt, også selvom "
                                                    "man ikke kan se mærker. Er der sket noget "
                                                    "lignende før, og har han truet dig?"
                                                ),
                                                "note": (
                                                    "Sætter klart ord på faren og spørger "
                                                    "derefter til historik og trusler til brug "
                                                    "for risikovurderingen."
                                                ),
                                            },
                                        ],
                                    },
                                },
                                {
                                    "type": "key_point",
                                    "value": {
                                        "heading": (
                                            "Kvælertag og overtrædelser kræver handling nu"
                                        ),
                                        "text": (
                                            "<p>Kvælertag, trusler om drab, stalking og "
                                            "overtrædelse af tilhold er stærke advarselstegn. "
                                            "Registrér dem præcist, sørg for, at en uddannet "
                                            "kollega foretager en risikovurdering og "
                                            "udarbejder en sikkerhedsplan, og underret "
                                            "kommunen om bekymring for eventuelle børn i "
                                            "hjemmet.</p>"
                                        ),
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Sektorens tegn supplerer de generelle",
                            "text": (
                                "<p>Tegnene for din sektor kommer oven i de generelle tegn, "
                                "ikke i stedet for dem. Brug begge, og del det, du lægger "
                                "mærke til, med de andre sektorer gennem din arbejdsplads' lokale "
                                "procedure: Vold bliver opsporet, når brikkerne bliver lagt "
                                "sammen.</p>"
                            ),
                        },
                    },
                ],
            },
        },
        {
            "slug": "responding-to-disclosure",
            "minutes": 14,
            "required": True,
            "en": {
                "title": "When someone tells you",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>When someone tells you about violence, your first reaction "
                            "matters more than anything else you do. Many people test the "
                            "water with a small piece of the story and watch how you respond. "
                            "If you react with disbelief, shock or advice they cannot follow, "
                            "they may not tell anyone again for a long time.</p><h3>What to "
                            "say</h3><ul><li><strong>Believe and thank.</strong> “Thank you "
                            "for telling me. I believe you.”</li><li><strong>Place the "
                            "responsibility.</strong> “It is not your fault. No one has the "
                            "right to treat you like "
                            "that.”</li><li><strong>Acknowledge.</strong> “It sounds really "
                            "hard to live with.” Let the person set the pace, and do not press "
                            "for details.</li><li><strong>Ask about safety now.</strong> Is it "
                            "safe to go home today? Are there children at home, and are they "
                            "safe? Has the partner threatened to kill, grabbed the person's "
                            "neck, or got access to weapons? Is the person planning to "
                            "leave?</li><li><strong>Tell them help exists.</strong> Mention "
                            "the national Lev Uden Vold hotline (1888), shelters and "
                            "counselling, and the police on 112 in an "
                            "emergency.</li><li><strong>Be honest about what happens "
                            "next,</strong> including any duty you have to pass on a concern "
                            "about a child.</li></ul><p>Adults decide over their own lives, "
                            "and your role is to support their choices and their safety. The "
                            "exception is children: a concern about a child must always be "
                            "passed on, whatever the adult wants.</p>"
                        ),
                    },
                    {
                        "type": "how_to_ask",
                        "value": {
                            "heading": "Responding to a disclosure",
                            "situation": (
                                "A citizen has just told you that her partner hits her and "
                                "that she is afraid of him. She has two children."
                            ),
                            "lines": [
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Thank you for telling me. I believe you, and it is "
                                        "not your fault."
                                    ),
                                    "note": "Belief and relief from blame come first.",
                                },
                                {
                                    "speaker": "person",
                                    "line": "I feel so stupid for staying.",
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Many people in your situation feel that way. Staying "
                                        "often has to do with fear and with trying to protect "
                                        "the children. It says nothing about you."
                                    ),
                                    "note": "Normalises her reaction and addresses shame.",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "I'd like to ask about your safety. Do you feel safe "
                                        "going home today? And how are the children?"
                                    ),
                                    "note": (
                                        "Moves on to immediate safety for her and the children."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": (
                                        "He's away until Friday. The kids are scared when he "
                                        "shouts."
                                    ),
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Because there are children, I have a duty to share my "
                                        "concern with the municipality so that you and the "
                                        "children can get help. I'll tell you what I write, "
                                        "and we can talk about how it is done safely."
                                    ),
                                    "note": (
                                        "Honesty about the duty to report keeps trust; "
                                        "involving her keeps some control with her."
                                    ),
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "You can also call the Lev Uden Vold hotline on 1888, "
                                        "day and night, for advice and a shelter place. And if "
                                        "you are in danger, call 112."
                                    ),
                                    "note": "Concrete help she can use on her own.",
                                },
                            ],
                        },
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "What not to do",
                            "items": [
                                {
                                    "question": "Do not ask “why”",
                                    "answer": (
                                        "<p>“Why don't you leave?” and “Why didn't you say "
                                        "anything before?” sound like blame. Ask instead what "
                                        "makes it difficult, and what the person needs.</p>"
                                    ),
                                },
                                {
                                    "question": "Do not promise to keep it secret",
                                    "answer": (
                                        "<p>You cannot promise secrecy if there are children, "
                                        "or if someone is in serious danger. Promise instead "
                                        "to tell the person what you do, and to involve them "
                                        "as much as possible.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Do not contact or confront the person using violence"
                                    ),
                                    "answer": (
                                        "<p>Confronting the abuser, or telling them what the "
                                        "victim has said, can lead to reprisals and greater "
                                        "danger. Contact with the abuser is planned by those "
                                        "responsible, as part of a safety plan.</p>"
                                    ),
                                },
                                {
                                    "question": ("Do not suggest couples counselling or mediation"),
                                    "answer": (
                                        "<p>Violence is not a conflict between equals. Joint "
                                        "conversations can expose the victim to pressure and "
                                        "punishment afterwards.</p>"
                                    ),
                                },
                                {
                                    "question": "Do not interrogate, and do not investigate",
                                    "answer": (
                                        "<p>Do not press for details, and never question a "
                                        "child with leading questions. Investigating is the "
                                        "task of the municipality and the police. Your task is "
                                        "to listen, record and pass it on.</p>"
                                    ),
                                },
                                {
                                    "question": "Do not give advice that increases the risk",
                                    "answer": (
                                        "<p>“Just tell him you're leaving” can be dangerous: "
                                        "separation is a time of high risk. Refer to "
                                        "colleagues who can make a safety plan with the "
                                        "person.</p>"
                                    ),
                                },
                                {
                                    "question": "Do not leave traces the partner can find",
                                    "answer": (
                                        "<p>Do not send letters, text messages or digital mail "
                                        "about the violence without first agreeing a safe way "
                                        "of contact with the person.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>After the conversation</h3><p>Write down what you saw and "
                            "heard as soon as possible: date and time, what you observed, and "
                            "the person's own words in quotation marks. Keep your own "
                            "interpretations apart from the facts. Talk to your manager the "
                            "same day.</p><p>If there are children, report your concern to the "
                            "municipality. As a public employee you have an enhanced duty to "
                            "do so, and you do not need proof, only a reasoned concern. An "
                            "action plan against partner violence and partner homicide "
                            "proposes a duty for the police, municipalities and regions to act "
                            "within 48 hours on suspicion of violence; work as if that "
                            "deadline already applies, so that the concern is passed on and "
                            "acted upon quickly. Risk assessment and safety plans are made by "
                            "trained or certified colleagues, together with the person, and "
                            "your observations are an important part of their basis.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Believe, think safety, pass it on",
                            "text": (
                                "<p>Listen and believe, ask about safety for the person and "
                                "any children, and pass your concern on through your local "
                                "procedure the same day. You do not have to carry it "
                                "alone.</p>"
                            ),
                        },
                    },
                    {
                        "type": "local_procedure",
                        "value": {
                            "heading": "Your local procedure",
                        },
                    },
                    {
                        "type": "action_card",
                        "value": {
                            "title": "What to do when you suspect violence",
                            "notice": (
                                "Take what you see and hear seriously, including "
                                "psychological, economic and digital violence. Look for "
                                "combinations of cues and for repetition."
                            ),
                            "talk": (
                                "Talk to the person alone, never with the partner, family or "
                                "children present, and use a professional interpreter if "
                                "needed. Listen, believe, and ask about safety. Do not promise "
                                "to keep a child's disclosure secret."
                            ),
                            "document": (
                                "Write down facts: dates, what you observed, and the person's "
                                "own words in quotation marks. Keep notes in your case system, "
                                "never where the partner can see them."
                            ),
                            "act": (
                                "Talk to your manager the same day. Report a concern about a "
                                "child to the municipality. Make sure the concern is acted "
                                "upon within 48 hours. In acute danger, call 112."
                            ),
                            "contact": (
                                "Your manager and the contacts in your local procedure; the "
                                "municipality for concerns about children; the police on 112 "
                                "in an emergency; the Lev Uden Vold hotline 1888 for advice "
                                "and shelter places."
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Når nogen fortæller dig om vold",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Når nogen fortæller dig om vold, betyder din første reaktion "
                            "mere end noget andet, du gør. Mange prøver sig frem med et lille "
                            "stykke af historien og holder øje med, hvordan du reagerer. "
                            "Reagerer du med tvivl, chok eller råd, de ikke kan følge, "
                            "fortæller de det måske ikke til nogen igen i lang "
                            "tid.</p><h3>Hvad du kan sige</h3><ul><li><strong>Tro på personen, "
                            "og sig tak.</strong> »Tak, fordi du fortæller mig det. Jeg tror "
                            "på dig.«</li><li><strong>Placér ansvaret.</strong> »Det er ikke "
                            "din skyld. Ingen har ret til at behandle dig "
                            "sådan.«</li><li><strong>Anerkend.</strong> »Det lyder rigtig "
                            "hårdt at leve med.« Lad personen bestemme tempoet, og pres ikke "
                            "for detaljer.</li><li><strong>Spørg til sikkerheden lige "
                            "nu.</strong> Er det sikkert at tage hjem i dag? Er der børn i "
                            "hjemmet, og er de i sikkerhed? Har partneren truet med at slå "
                            "ihjel eller taget kvælertag, og har partneren adgang til våben? "
                            "Overvejer personen at gå?</li><li><strong>Fortæl, at der findes "
                            "hjælp.</strong> Nævn Lev Uden Volds nationale hotline (1888), "
                            "krisecentre og rådgivning samt politiet på 112 i en "
                            "nødsituation.</li><li><strong>Vær ærlig om, hvad der skal "
                            "ske,</strong> herunder hvis du har pligt til at give en bekymring "
                            "for et barn videre.</li></ul><p>Voksne bestemmer over deres eget "
                            "liv, og din rolle er at støtte deres valg og deres sikkerhed. "
                            "Undtagelsen er børn: En bekymring for et barn skal altid gives "
                            "videre, uanset hvad den voksne ønsker.</p>"
                        ),
                    },
                    {
                        "type": "how_to_ask",
                        "value": {
                            "heading": "Når nogen betror sig",
                            "situation": (
                                "En borger har lige fortalt dig, at hendes kæreste slår hende, "
                                "og at hun er bange for ham. Hun har to børn."
                            ),
                            "lines": [
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Tak, fordi du fortæller mig det. Jeg tror på dig, og "
                                        "det er ikke din skyld."
                                    ),
                                    "note": ("At blive troet og fritaget for skyld kommer først."),
                                },
                                {
                                    "speaker": "person",
                                    "line": "Jeg føler mig så dum, fordi jeg er blevet.",
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Mange i din situation har det sådan. At blive handler "
                                        "ofte om frygt og om at prøve at beskytte børnene. Det "
                                        "siger ikke noget om dig."
                                    ),
                                    "note": (
                                        "Normaliserer hendes reaktion og tager fat i skammen."
                                    ),
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Jeg vil gerne spørge til din sikkerhed. Føler du dig "
                                        "tryg ved at tage hjem i dag? Og hvordan har børnene "
                                        "det?"
                                    ),
                                    "note": (
                                        "Går videre til den umiddelbare sikkerhed for hende og "
                                        "børnene."
                                    ),
                                },
                                {
                                    "speaker": "person",
                                    "line": (
                                        "Han er væk til fredag. Børnene bliver bange, når han "
                                        "råber."
                                    ),
                                    "note": "",
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Fordi der er børn, har jeg pligt til at give min "
                                        "bekymring videre til kommunen, så du og børnene kan "
                                        "få hjælp. Jeg fortæller dig, hvad jeg skriver, og vi "
                                        "kan tale om, hvordan det gøres sikkert."
                                    ),
                                    "note": (
                                        "Ærlighed om underretningspligten bevarer tilliden; at "
                                        "inddrage hende giver hende en del af kontrollen."
                                    ),
                                },
                                {
                                    "speaker": "staff",
                                    "line": (
                                        "Du kan også ringe til Lev Uden Volds hotline på 1888 "
                                        "døgnet rundt og få råd og hjælp til en "
                                        "krisecenterplads. Og hvis du er i fare, så ring 112."
                                    ),
                                    "note": "Konkret hjælp, hun selv kan bruge.",
                                },
                            ],
                        },
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Hvad du ikke skal gøre",
                            "items": [
                                {
                                    "question": "Spørg ikke »hvorfor«",
                                    "answer": (
                                        "<p>»Hvorfor går du ikke?« og »Hvorfor har du ikke "
                                        "sagt noget før?« lyder som bebrejdelser. Spørg i "
                                        "stedet, hvad der gør det svært, og hvad personen har "
                                        "brug for.</p>"
                                    ),
                                },
                                {
                                    "question": "Lov ikke at holde det hemmeligt",
                                    "answer": (
                                        "<p>Du kan ikke love hemmeligholdelse, hvis der er "
                                        "børn, eller hvis nogen er i alvorlig fare. Lov i "
                                        "stedet at fortælle personen, hvad du gør, og at "
                                        "inddrage vedkommende mest muligt.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Kontakt eller konfrontér ikke den, der udøver volden"
                                    ),
                                    "answer": (
                                        "<p>At konfrontere udøveren eller fortælle, hvad den "
                                        "voldsudsatte har sagt, kan føre til repressalier og "
                                        "større fare. Kontakt til udøveren planlægges af dem, "
                                        "der har ansvaret, som en del af en "
                                        "sikkerhedsplan.</p>"
                                    ),
                                },
                                {
                                    "question": "Foreslå ikke parterapi eller mægling",
                                    "answer": (
                                        "<p>Vold er ikke en konflikt mellem ligeværdige "
                                        "parter. Fælles samtaler kan udsætte den voldsudsatte "
                                        "for pres og straf bagefter.</p>"
                                    ),
                                },
                                {
                                    "question": "Afhør ikke, og efterforsk ikke",
                                    "answer": (
                                        "<p>Pres ikke for detaljer, og stil aldrig et barn "
                                        "ledende spørgsmål. Det er kommunens og politiets "
                                        "opgave at undersøge sagen. Din opgave er at lytte, "
                                        "dokumentere og give det videre.</p>"
                                    ),
                                },
                                {
                                    "question": "Giv ikke råd, der øger risikoen",
                                    "answer": (
                                        "<p>»Sig bare til ham, at du går« kan være farligt: Et "
                                        "brud er en periode med høj risiko. Henvis til "
                                        "kolleger, der kan lave en sikkerhedsplan sammen med "
                                        "personen.</p>"
                                    ),
                                },
                                {
                                    "question": "Efterlad ikke spor, som partneren kan finde",
                                    "answer": (
                                        "<p>Send ikke breve, sms'er eller Digital Post om "
                                        "volden uden først at have aftalt en sikker "
                                        "kontaktform med personen.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Efter samtalen</h3><p>Skriv så hurtigt som muligt ned, hvad "
                            "du så og hørte: dato og klokkeslæt, hvad du iagttog, og personens "
                            "egne ord i citationstegn. Hold dine egne fortolkninger adskilt "
                            "fra fakta. Tal med din leder samme dag.</p><p>Hvis der er børn, "
                            "skal du underrette kommunen. Som offentligt ansat har du en "
                            "skærpet underretningspligt, og du behøver ikke beviser, kun en "
                            "begrundet bekymring. En handleplan mod partnervold og partnerdrab "
                            "foreslår en handlepligt inden for 48 timer for politi, kommuner "
                            "og regioner ved mistanke om vold; arbejd, som om fristen allerede "
                            "gælder, så bekymringen bliver givet videre og handlet på hurtigt. "
                            "Risikovurderinger og sikkerhedsplaner udarbejdes af uddannede "
                            "eller certificerede kolleger sammen med personen, og dine "
                            "iagttagelser er en vigtig del af deres grundlag.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Tro på personen, tænk sikkerhed, giv det videre",
                            "text": (
                                "<p>Lyt og tro på personen, spørg til sikkerheden for personen "
                                "og eventuelle børn, og giv din bekymring videre efter "
                                "din arbejdsplads' lokale procedure samme dag. Du skal ikke bære "
                                "det "
                                "alene.</p>"
                            ),
                        },
                    },
                    {
                        "type": "local_procedure",
                        "value": {
                            "heading": "Din lokale procedure",
                        },
                    },
                    {
                        "type": "action_card",
                        "value": {
                            "title": "Det gør du ved mistanke om vold",
                            "notice": (
                                "Tag det, du ser og hører, alvorligt, også psykisk, økonomisk "
                                "og digital vold. Se efter kombinationer af tegn og "
                                "gentagelser."
                            ),
                            "talk": (
                                "Tal med personen alene, aldrig mens partner, familie eller "
                                "børn er til stede, og brug en professionel tolk ved behov. "
                                "Lyt, tro på personen, og spørg til sikkerheden. Lov ikke at "
                                "holde et barns betroelse hemmelig."
                            ),
                            "document": (
                                "Skriv fakta ned: datoer, hvad du iagttog, og personens egne "
                                "ord i citationstegn. Gem notaterne i jeres sagssystem, aldrig "
                                "hvor partneren kan se dem."
                            ),
                            "act": (
                                "Tal med din leder samme dag. Underret kommunen ved bekymring "
                                "for et barn. Sørg for, at der bliver handlet på bekymringen "
                                "inden for 48 timer. Ved akut fare ringer du 112."
                            ),
                            "contact": (
                                "Din leder og kontaktpersonerne i din arbejdsplads' lokale "
                                "procedure; "
                                "kommunen ved bekymring for børn; politiet på 112 i en "
                                "nødsituation; Lev Uden Volds hotline 1888 for råd og "
                                "krisecenterpladser."
                            ),
                        },
                    },
                ],
            },
        },
    ],
}
