"""Demo question bank: knowledge questions and scenario questions for the six demo courses.

Every question tests what one of the demo courses in ``modules.demo_content`` teaches. See the
package docstring for the format.
"""

QUESTIONS: list[dict] = [
    # ------------------------------------------------------------------------------------------
    # psychological-violence
    # ------------------------------------------------------------------------------------------
    {
        "key": "pv-forms-1",
        "type": "single",
        "tags": {"module": "psychological-violence", "topic": "forms-of-violence", "sectors": []},
        "en": {
            "prompt": (
                "A man has installed an app on his partner's phone that shows him where she is, "
                "and he insists on knowing her passwords so he can read her messages. Which form "
                "of violence does this describe most precisely?"
            ),
            "explanation": (
                "Tracking a person's location through apps, demanding passwords and monitoring "
                "messages are examples of digital violence. It often goes together with other "
                "forms, but the behaviour described here is digital."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Digital violence",
                    "correct": True,
                    "feedback": (
                        "Correct. Location tracking, demands for passwords and reading messages "
                        "are typical forms of digital violence."
                    ),
                },
                {
                    "key": "b",
                    "text": "Material violence",
                    "correct": False,
                    "feedback": (
                        "No. Material violence means breaking or destroying the person's "
                        "belongings. Nothing is destroyed here."
                    ),
                },
                {
                    "key": "c",
                    "text": "Economic violence",
                    "correct": False,
                    "feedback": (
                        "No. Economic violence concerns control of money, income, accounts and "
                        "debt. The example is about surveillance through the phone."
                    ),
                },
                {
                    "key": "d",
                    "text": "It is not violence, because nobody is hurt",
                    "correct": False,
                    "feedback": (
                        "No. Violence includes acts that frighten, control or restrict the other "
                        "person, not only acts that cause injury."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "En mand har installeret en app på sin partners telefon, der viser ham, hvor "
                "hun er, og han forlanger at kende hendes adgangskoder, så han kan læse hendes "
                "beskeder. Hvilken form for vold beskriver det mest præcist?"
            ),
            "explanation": (
                "At spore en persons placering via apps, kræve adgangskoder og overvåge "
                "beskeder er eksempler på digital vold. Den optræder ofte sammen med andre "
                "former, men den adfærd, der beskrives her, er digital."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Digital vold",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Sporing af placering, krav om adgangskoder og læsning af "
                        "beskeder er typiske former for digital vold."
                    ),
                },
                {
                    "key": "b",
                    "text": "Materiel vold",
                    "correct": False,
                    "feedback": (
                        "Nej. Materiel vold er at ødelægge eller smadre personens ejendele. "
                        "Her bliver intet ødelagt."
                    ),
                },
                {
                    "key": "c",
                    "text": "Økonomisk vold",
                    "correct": False,
                    "feedback": (
                        "Nej. Økonomisk vold handler om kontrol med penge, indtægt, konti og "
                        "gæld. Eksemplet handler om overvågning via telefonen."
                    ),
                },
                {
                    "key": "d",
                    "text": "Det er ikke vold, fordi ingen kommer til skade",
                    "correct": False,
                    "feedback": (
                        "Nej. Vold omfatter handlinger, der skræmmer, kontrollerer eller "
                        "begrænser den anden, ikke kun handlinger, der giver skader."
                    ),
                },
            ],
        },
    },
    {
        "key": "pv-forms-2",
        "type": "multiple",
        "tags": {"module": "psychological-violence", "topic": "close-relations", "sectors": []},
        "en": {
            "prompt": (
                "Which of these relationships count as close relations when we talk about "
                "violence in close relations? Choose all that apply."
            ),
            "explanation": (
                "Close relations cover current and former partners, whether or not they have "
                "ever lived together, and family and care relations, such as adult children and "
                "elderly parents or a person who depends on someone for everyday care. It is "
                "about the relationship, not the address. Colleagues and neighbours are not "
                "close relations in this sense."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Two neighbours who are in a long-running dispute",
                    "correct": False,
                    "feedback": (
                        "No. A dispute between neighbours is not a close relation; the course "
                        "covers partners, ex-partners and family and care relations."
                    ),
                },
                {
                    "key": "b",
                    "text": "A person with a disability and the relative who provides daily care",
                    "correct": True,
                    "feedback": (
                        "Correct. Care relations count, and dependence on the carer can make it "
                        "especially hard to seek help."
                    ),
                },
                {
                    "key": "c",
                    "text": "Two colleagues in the same office",
                    "correct": False,
                    "feedback": (
                        "No. Conflicts at work can be serious, but colleagues are not a close "
                        "relation in the sense used in this course."
                    ),
                },
                {
                    "key": "d",
                    "text": "An ex-boyfriend the person never lived with",
                    "correct": True,
                    "feedback": (
                        "Correct. Former partners count whether or not they lived together, and "
                        "some of the most dangerous violence comes after a break-up."
                    ),
                },
                {
                    "key": "e",
                    "text": "An adult son and his elderly mother",
                    "correct": True,
                    "feedback": (
                        "Correct. Family relations, including adult children and their elderly "
                        "parents, are close relations."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Hvilke af disse relationer er nære relationer, når vi taler om vold i nære "
                "relationer? Vælg alle, der passer."
            ),
            "explanation": (
                "Nære relationer omfatter nuværende og tidligere partnere, uanset om de har "
                "boet sammen, samt familie- og omsorgsrelationer, fx voksne børn og ældre "
                "forældre eller en person, der er afhængig af en andens daglige omsorg. Det "
                "handler om relationen, ikke om adressen. Kolleger og naboer er ikke nære "
                "relationer i denne betydning."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "To naboer i en langvarig strid",
                    "correct": False,
                    "feedback": (
                        "Nej. En nabostrid er ikke en nær relation; kurset handler om partnere, "
                        "tidligere partnere og familie- og omsorgsrelationer."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "En person med handicap og det familiemedlem, der står for den "
                        "daglige omsorg"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Omsorgsrelationer tæller med, og afhængigheden af den, der "
                        "giver omsorgen, kan gøre det særligt svært at søge hjælp."
                    ),
                },
                {
                    "key": "c",
                    "text": "To kolleger på samme kontor",
                    "correct": False,
                    "feedback": (
                        "Nej. Konflikter på arbejdet kan være alvorlige, men kolleger er ikke "
                        "en nær relation i kursets betydning."
                    ),
                },
                {
                    "key": "d",
                    "text": "En tidligere kæreste, som personen aldrig har boet sammen med",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Tidligere partnere tæller med, uanset om de har boet sammen, "
                        "og noget af den farligste vold sker efter et brud."
                    ),
                },
                {
                    "key": "e",
                    "text": "En voksen søn og hans ældre mor",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Familierelationer, også mellem voksne børn og deres ældre "
                        "forældre, er nære relationer."
                    ),
                },
            ],
        },
    },
    {
        "key": "pv-forms-3",
        "type": "single",
        "tags": {"module": "psychological-violence", "topic": "forms-of-violence", "sectors": []},
        "en": {
            "prompt": "Which of these examples is economic violence?",
            "explanation": (
                "Economic violence is control of the other person's money and economic "
                "independence: taking over income, benefits or accounts, refusing money for "
                "necessities, running up debt in their name, or preventing them from working "
                "or studying."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Smashing the partner's laptop during an argument",
                    "correct": False,
                    "feedback": (
                        "No. Destroying belongings is material violence, even though the laptop "
                        "has an economic value."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Taking out loans in the partner's name and refusing her money for the "
                        "children's winter clothes"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Debt in the other person's name and refusing money for "
                        "necessities are typical forms of economic violence."
                    ),
                },
                {
                    "key": "c",
                    "text": "Threatening to take the children if the partner leaves",
                    "correct": False,
                    "feedback": (
                        "No. Threats about the children are psychological violence, and a "
                        "warning sign to take seriously."
                    ),
                },
                {
                    "key": "d",
                    "text": "Sending dozens of messages a day after the break-up",
                    "correct": False,
                    "feedback": (
                        "No. Repeated unwanted contact after a separation is stalking (often "
                        "with digital elements), not economic violence."
                    ),
                },
            ],
        },
        "da": {
            "prompt": "Hvilket af disse eksempler er økonomisk vold?",
            "explanation": (
                "Økonomisk vold er kontrol med den andens penge og økonomiske selvstændighed: "
                "at overtage indtægt, ydelser eller konti, nægte penge til fornødenheder, "
                "stifte gæld i den andens navn eller forhindre den anden i at arbejde eller "
                "uddanne sig."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "At smadre partnerens bærbare computer under et skænderi",
                    "correct": False,
                    "feedback": (
                        "Nej. At ødelægge ejendele er materiel vold, selv om computeren har en "
                        "økonomisk værdi."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "At optage lån i partnerens navn og nægte hende penge til børnenes "
                        "vintertøj"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Gæld i den andens navn og afslag på penge til fornødenheder "
                        "er typiske former for økonomisk vold."
                    ),
                },
                {
                    "key": "c",
                    "text": "At true med at tage børnene, hvis partneren går",
                    "correct": False,
                    "feedback": (
                        "Nej. Trusler om børnene er psykisk vold og et advarselstegn, der skal "
                        "tages alvorligt."
                    ),
                },
                {
                    "key": "d",
                    "text": "At sende snesevis af beskeder om dagen efter bruddet",
                    "correct": False,
                    "feedback": (
                        "Nej. Gentagen uønsket kontakt efter et brud er stalking (ofte med "
                        "digitale elementer), ikke økonomisk vold."
                    ),
                },
            ],
        },
    },
    {
        "key": "pv-control-1",
        "type": "multiple",
        "tags": {"module": "psychological-violence", "topic": "coercive-control", "sectors": []},
        "en": {
            "prompt": (
                "Which of these are elements of coercive control as the course describes it? "
                "Choose all that apply."
            ),
            "explanation": (
                "Coercive control is a pattern over time of isolation, monitoring, degradation, "
                "threats, control of money and movement, and rules enforced with punishment. An "
                "ordinary disagreement in which both people speak freely and neither is afraid "
                "is conflict, not control."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Keeping the person's bank card and digital ID",
                    "correct": True,
                    "feedback": (
                        "Correct. Control of money and movement is part of the pattern, and "
                        "lack of money is a strong barrier to leaving."
                    ),
                },
                {
                    "key": "b",
                    "text": "Demanding to know where the person is and calling constantly",
                    "correct": True,
                    "feedback": "Correct. This is monitoring, a core element of control.",
                },
                {
                    "key": "c",
                    "text": (
                        "A heated disagreement about holiday plans in which both speak their "
                        "minds and neither is afraid"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. This is ordinary conflict between equals. Control is about one "
                        "person being afraid and adapting to the other."
                    ),
                },
                {
                    "key": "d",
                    "text": "Making every visit to family so unpleasant that the person gives up",
                    "correct": True,
                    "feedback": (
                        "Correct. This is isolation: cutting the person off from family, "
                        "friends and helpers."
                    ),
                },
                {
                    "key": "e",
                    "text": "Unspoken house rules enforced with sulking, silence or rage",
                    "correct": True,
                    "feedback": (
                        "Correct. Rules and punishments make the person organise their life "
                        "around avoiding the other's reactions."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Hvilke af disse er elementer i tvingende kontrol, som kurset beskriver det? "
                "Vælg alle, der passer."
            ),
            "explanation": (
                "Tvingende kontrol er et mønster over tid af isolation, overvågning, "
                "nedværdigelse, trusler, kontrol med penge og bevægelsesfrihed og regler, der "
                "håndhæves med straf. En almindelig uenighed, hvor begge siger deres mening, og "
                "ingen er bange, er en konflikt, ikke kontrol."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "At beholde personens betalingskort og MitID",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Kontrol med penge og bevægelsesfrihed er en del af mønsteret, "
                        "og mangel på penge er en stærk barriere for at gå."
                    ),
                },
                {
                    "key": "b",
                    "text": "At forlange at vide, hvor personen er, og ringe konstant",
                    "correct": True,
                    "feedback": "Rigtigt. Det er overvågning, et centralt element i kontrollen.",
                },
                {
                    "key": "c",
                    "text": (
                        "En ophedet uenighed om ferieplaner, hvor begge siger deres mening, og "
                        "ingen er bange"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Det er en almindelig konflikt mellem ligeværdige parter. Kontrol "
                        "handler om, at den ene er bange og tilpasser sig den anden."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "At gøre hvert besøg hos familien så ubehageligt, at personen opgiver "
                        "at tage af sted"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Det er isolation: at skære personen af fra familie, venner "
                        "og hjælpere."
                    ),
                },
                {
                    "key": "e",
                    "text": (
                        "Uudtalte regler i hjemmet, som håndhæves med surhed, tavshed eller raseri"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Regler og straf får personen til at indrette sit liv efter "
                        "at undgå den andens reaktioner."
                    ),
                },
            ],
        },
    },
    {
        "key": "pv-control-2",
        "type": "single",
        "tags": {"module": "psychological-violence", "topic": "coercive-control", "sectors": []},
        "en": {
            "prompt": (
                "Over a few months you have noticed small things about a citizen: she must "
                "always answer her partner's calls, she needs his permission to agree to "
                "appointments, and she no longer sees her friends. Why does the course advise "
                "you to write such fragments down with dates?"
            ),
            "explanation": (
                "Coercive control is a pattern, not an incident. Each act can look small or "
                "even caring; the harm lies in the sum. Short, dated notes make the repetition "
                "visible, to you and to colleagues, and support acting on a concern."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Because you need proof before you are allowed to ask about violence",
                    "correct": False,
                    "feedback": (
                        "No. You do not need proof to ask or to pass on a concern. The notes "
                        "are for seeing the pattern, not for building a case."
                    ),
                },
                {
                    "key": "b",
                    "text": "So that you can show the partner what you have observed",
                    "correct": False,
                    "feedback": (
                        "No. Confronting the partner with observations can lead to reprisals. "
                        "Notes belong in your case system, out of the partner's sight."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Because control is a pattern: dated notes make repetition visible to "
                        "you and your colleagues"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. You rarely see the whole pattern in one meeting, so fragments "
                        "recorded over time are what reveal it."
                    ),
                },
                {
                    "key": "d",
                    "text": "Because one such fragment is enough to conclude that it is control",
                    "correct": False,
                    "feedback": (
                        "No. One jealous remark is not coercive control. It is the repetition "
                        "and combination of fragments that shows the pattern."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Over nogle måneder har du lagt mærke til små ting hos en borger: Hun skal "
                "altid tage telefonen, når partneren ringer, hun skal have hans tilladelse til "
                "at sige ja til aftaler, og hun ser ikke længere sine venner. Hvorfor råder "
                "kurset dig til at skrive den slags brudstykker ned med dato?"
            ),
            "explanation": (
                "Tvingende kontrol er et mønster, ikke en enkelt episode. Hver handling kan se "
                "lille eller ligefrem omsorgsfuld ud; skaden ligger i summen. Korte, daterede "
                "notater gør gentagelsen synlig for dig og dine kolleger og understøtter, at der "
                "handles på bekymringen."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Fordi du skal have beviser, før du må spørge til vold",
                    "correct": False,
                    "feedback": (
                        "Nej. Du behøver ikke beviser for at spørge eller give en bekymring "
                        "videre. Notaterne skal vise mønsteret, ikke opbygge en sag."
                    ),
                },
                {
                    "key": "b",
                    "text": "Så du kan vise partneren, hvad du har iagttaget",
                    "correct": False,
                    "feedback": (
                        "Nej. At konfrontere partneren kan føre til repressalier. Notaterne "
                        "hører hjemme i sagssystemet, uden for partnerens rækkevidde."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Fordi kontrol er et mønster: Daterede notater gør gentagelsen synlig "
                        "for dig og dine kolleger"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Du ser sjældent hele mønsteret på ét møde, så det er "
                        "brudstykker noteret over tid, der viser det."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Fordi ét sådant brudstykke er nok til at konkludere, at det er kontrol"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. En enkelt jaloux bemærkning er ikke tvingende kontrol. Det er "
                        "gentagelsen og kombinationen af brudstykker, der viser mønsteret."
                    ),
                },
            ],
        },
    },
    {
        "key": "pv-why-1",
        "type": "true_false",
        "tags": {"module": "psychological-violence", "topic": "why-it-matters", "sectors": []},
        "en": {
            "prompt": (
                "True or false? Because psychological violence leaves no marks, it is a weaker "
                "warning sign of serious violence than physical violence."
            ),
            "explanation": (
                "False. Research and case reviews show a close link between psychological "
                "violence and partner homicide. Control, threats and jealousy are among the "
                "strongest warning signs, sometimes with little or no known physical violence "
                "before a killing."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "True",
                    "correct": False,
                    "feedback": (
                        "Not so. The absence of marks says nothing about the danger. Coercive "
                        "control is the thread running through the most dangerous cases."
                    ),
                },
                {
                    "key": "false",
                    "text": "False",
                    "correct": True,
                    "feedback": (
                        "Correct. Psychological violence is closely linked to partner homicide "
                        "and must be taken seriously even when no one has been hit."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Sandt eller falsk? Fordi psykisk vold ikke efterlader mærker, er den et "
                "svagere advarselstegn på alvorlig vold end fysisk vold."
            ),
            "explanation": (
                "Falsk. Forskning og gennemgange af sager viser en tæt sammenhæng mellem psykisk "
                "vold og partnerdrab. Kontrol, trusler og jalousi er blandt de stærkeste "
                "advarselstegn, og nogle gange er der kun lidt eller ingen kendt fysisk vold "
                "før et drab."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "Sandt",
                    "correct": False,
                    "feedback": (
                        "Nej. At der ikke er mærker, siger intet om faren. Tvingende kontrol er "
                        "den røde tråd i de farligste sager."
                    ),
                },
                {
                    "key": "false",
                    "text": "Falsk",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Psykisk vold hænger tæt sammen med partnerdrab og skal tages "
                        "alvorligt, også når ingen er blevet slået."
                    ),
                },
            ],
        },
    },
    {
        "key": "pv-why-2",
        "type": "single",
        "tags": {
            "module": "psychological-violence",
            "topic": "when-risk-rises",
            "sectors": ["health"],
        },
        "en": {
            "prompt": (
                "A pregnant woman tells her health visitor that she has decided to leave her "
                "husband. He has never hit her, but he reads her messages, decides whom she "
                "sees, and has said she will “regret it” if she takes the children. She plans "
                "to tell him on her own this weekend. What is the most appropriate response?"
            ),
            "explanation": (
                "Several risk factors coincide: a planned separation, pregnancy, coercive "
                "control and a threat linked to the children. The absence of physical violence "
                "does not make this safe. The health visitor should take the threat seriously, "
                "explain that a break-up can be the most dangerous time, advise her not to "
                "announce it alone, and follow the local procedure the same day so that trained "
                "colleagues can assess the risk and make a safety plan with her."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Reassure her that the risk is low because he has never been physically "
                        "violent"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Coercive control and threats are strong warning signs even without "
                        "physical violence, and separation and pregnancy raise the risk."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Suggest a joint conversation with her husband so that the separation "
                        "can be planned calmly"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Joint meetings treat violence as a couple's conflict and can expose "
                        "her to pressure and punishment."
                    ),
                },
                {
                    "key": "c",
                    "text": "Ask her at the next visit how the conversation with him went",
                    "correct": False,
                    "feedback": (
                        "No. Waiting leaves her alone at one of the most dangerous moments. "
                        "These situations call for action the same day."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Take the threat seriously, advise her not to tell him alone, and "
                        "follow the local procedure today so that a risk assessment and safety "
                        "plan can be made with her"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Separation, pregnancy, control and a threat together call "
                        "for action the same day, not for waiting."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "En gravid kvinde fortæller sin sundhedsplejerske, at hun har besluttet at "
                "forlade sin mand. Han har aldrig slået hende, men han læser hendes beskeder, "
                "bestemmer, hvem hun ser, og har sagt, at hun vil »fortryde det«, hvis hun "
                "tager børnene. Hun vil fortælle ham det alene i weekenden. Hvad er den mest "
                "hensigtsmæssige reaktion?"
            ),
            "explanation": (
                "Flere risikofaktorer falder sammen: et planlagt brud, graviditet, tvingende "
                "kontrol og en trussel, der knytter sig til børnene. At der ikke har været "
                "fysisk vold, gør ikke situationen sikker. Sundhedsplejersken skal tage "
                "truslen alvorligt, forklare, at et brud kan være den farligste tid, fraråde "
                "hende at fortælle det alene og følge den lokale procedure samme dag, så "
                "uddannede kolleger kan vurdere risikoen og lave en sikkerhedsplan sammen med "
                "hende."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Berolige hende med, at risikoen er lav, fordi han aldrig har været "
                        "fysisk voldelig"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Tvingende kontrol og trusler er stærke advarselstegn, også uden "
                        "fysisk vold, og brud og graviditet øger risikoen."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Foreslå en fælles samtale med manden, så bruddet kan planlægges i ro "
                        "og orden"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Fælles samtaler behandler vold som en parkonflikt og kan udsætte "
                        "hende for pres og straf bagefter."
                    ),
                },
                {
                    "key": "c",
                    "text": "Spørge hende ved næste besøg, hvordan samtalen med ham gik",
                    "correct": False,
                    "feedback": (
                        "Nej. At vente efterlader hende alene i et af de farligste øjeblikke. "
                        "Den slags situationer kræver handling samme dag."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Tage truslen alvorligt, fraråde hende at fortælle det alene og følge "
                        "den lokale procedure i dag, så der kan laves en risikovurdering og en "
                        "sikkerhedsplan sammen med hende"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Brud, graviditet, kontrol og en trussel kræver tilsammen "
                        "handling samme dag, ikke afventning."
                    ),
                },
            ],
        },
    },
    {
        "key": "pv-myths-1",
        "type": "multiple",
        "tags": {"module": "psychological-violence", "topic": "myths-and-facts", "sectors": []},
        "en": {
            "prompt": (
                "Which of these statements are facts, according to the course, rather than "
                "myths? Choose all that apply."
            ),
            "explanation": (
                "Leaving is a process and often the most dangerous period; alcohol can make "
                "violence worse but does not cause it; and most violence, including "
                "strangulation, can leave no visible marks. It is a myth that violence is a "
                "conflict between equals, and a myth that children do not notice when they are "
                "asleep or in another room."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Violence between partners is usually a conflict between two equal "
                        "parties, so mediation is a good first step"
                    ),
                    "correct": False,
                    "feedback": (
                        "Myth. Violence is about power and control, and mediation or joint "
                        "meetings can put the victim at risk."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Strangulation can be life-threatening without leaving visible injuries"
                    ),
                    "correct": True,
                    "feedback": "Correct. The absence of marks says nothing about the danger.",
                },
                {
                    "key": "c",
                    "text": (
                        "Leaving a violent partner is a process and often the most dangerous period"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Risk rises at separation and in the time after, when the "
                        "abuser feels control slipping."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Children who are asleep when the violence happens are usually unaffected"
                    ),
                    "correct": False,
                    "feedback": (
                        "Myth. Children almost always know: they hear, sense the atmosphere and "
                        "see the aftermath."
                    ),
                },
                {
                    "key": "e",
                    "text": (
                        "Alcohol can make violence more frequent or severe, but does not cause it"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Explaining violence by alcohol moves responsibility away from "
                        "the person who uses it."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Hvilke af disse udsagn er ifølge kurset fakta og ikke myter? Vælg alle, der "
                "passer."
            ),
            "explanation": (
                "At gå er en proces og ofte den farligste periode; alkohol kan gøre volden "
                "værre, men er ikke årsagen; og det meste vold, også kvælning, kan ske uden "
                "synlige mærker. Det er en myte, at vold er en konflikt mellem ligeværdige "
                "parter, og en myte, at børn ikke opdager noget, når de sover eller er i et "
                "andet rum."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Vold mellem partnere er som regel en konflikt mellem to ligeværdige "
                        "parter, så mægling er et godt første skridt"
                    ),
                    "correct": False,
                    "feedback": (
                        "Myte. Vold handler om magt og kontrol, og mægling eller fælles møder "
                        "kan bringe den voldsudsatte i fare."
                    ),
                },
                {
                    "key": "b",
                    "text": "Kvælning kan være livstruende uden at efterlade synlige skader",
                    "correct": True,
                    "feedback": "Rigtigt. At der ikke er mærker, siger intet om faren.",
                },
                {
                    "key": "c",
                    "text": (
                        "At forlade en voldelig partner er en proces og ofte den farligste periode"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Risikoen stiger ved bruddet og i tiden efter, når den "
                        "voldsudøvende mærker, at kontrollen glider."
                    ),
                },
                {
                    "key": "d",
                    "text": "Børn, der sover, mens volden sker, bliver som regel ikke påvirket",
                    "correct": False,
                    "feedback": (
                        "Myte. Børn ved det næsten altid: De hører det, fornemmer stemningen og "
                        "ser følgerne."
                    ),
                },
                {
                    "key": "e",
                    "text": "Alkohol kan gøre volden hyppigere eller grovere, men er ikke årsagen",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. At forklare vold med alkohol flytter ansvaret væk fra den, der "
                        "udøver volden."
                    ),
                },
            ],
        },
    },
    {
        "key": "pv-men-1",
        "type": "single",
        "tags": {
            "module": "psychological-violence",
            "topic": "men-as-victims",
            "sectors": ["job_centre"],
        },
        "en": {
            "prompt": (
                "A man on sick leave with stress keeps checking his phone at a job-centre "
                "meeting. He says his wife now handles their money and “doesn't think” he should "
                "return to work. Then he says, laughing: “She has a temper, but I probably "
                "deserve it.” What is the best way for the caseworker to follow up?"
            ),
            "explanation": (
                "The remarks contain several cues of control: constant phone checking, the wife "
                "deciding about work, loss of control over money, and self-blame. Men often "
                "minimise or joke about violence. When alone with him, the caseworker can pick "
                "up his own words and ask what happens, accept it if he is not ready, tell him "
                "that men are also exposed and that help exists, and note her observations."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "When they are alone, pick up his words — “You said she has a temper. "
                        "What happens when she gets angry?” — and tell him that men are exposed "
                        "to violence too and that help exists"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Using his own words opens the subject without labelling it, "
                        "and he learns that he can talk about it."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Treat it as ordinary marital stress and return to the plan for his "
                        "return to work"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. That overlooks clear cues of control: monitoring, control of money, "
                        "his wife deciding about work, and self-blame."
                    ),
                },
                {
                    "key": "c",
                    "text": "Ask him whether he is the one who starts the arguments at home",
                    "correct": False,
                    "feedback": (
                        "No. Assuming that a man who mentions trouble at home is the aggressor "
                        "is a common mistake that silences male victims."
                    ),
                },
                {
                    "key": "d",
                    "text": "Suggest that he and his wife attend couples counselling together",
                    "correct": False,
                    "feedback": (
                        "No. If there is violence, joint sessions can expose him to pressure "
                        "and punishment afterwards."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "En sygemeldt mand med stress kigger hele tiden på sin telefon under et møde i "
                "jobcentret. Han fortæller, at hans kone nu styrer deres penge og »ikke synes«, "
                "at han skal tilbage på arbejde. Så siger han grinende: »Hun har et temperament, "
                "men jeg har det nok fortjent.« Hvordan følger sagsbehandleren bedst op?"
            ),
            "explanation": (
                "Bemærkningerne indeholder flere tegn på kontrol: konstant tjek af telefonen, "
                "at konen bestemmer over arbejdet, tab af kontrol over pengene og selvbebrejdelse. "
                "Mænd bagatelliserer eller joker ofte med vold. Når de er alene, kan "
                "sagsbehandleren tage hans egne ord op og spørge, hvad der sker, acceptere, hvis "
                "han ikke er klar, fortælle ham, at mænd også udsættes for vold, og at der er "
                "hjælp, og notere sine iagttagelser."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Tage hans ord op, når de er alene — »Du sagde, hun har et temperament. "
                        "Hvad sker der, når hun bliver vred?« — og fortælle ham, at mænd også "
                        "udsættes for vold, og at der er hjælp"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Hans egne ord åbner emnet uden at sætte etiket på det, og han "
                        "erfarer, at han kan tale om det."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Behandle det som almindelig stress i ægteskabet og vende tilbage til "
                        "planen for hans tilbagevenden til arbejdet"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Det overser tydelige tegn på kontrol: overvågning, kontrol med "
                        "pengene, at konen bestemmer over arbejdet, og selvbebrejdelse."
                    ),
                },
                {
                    "key": "c",
                    "text": "Spørge ham, om det er ham, der starter skænderierne derhjemme",
                    "correct": False,
                    "feedback": (
                        "Nej. At antage, at en mand, der nævner problemer derhjemme, er "
                        "angriberen, er en almindelig fejl, der får voldsudsatte mænd til at tie."
                    ),
                },
                {
                    "key": "d",
                    "text": "Foreslå, at han og hans kone går i parterapi sammen",
                    "correct": False,
                    "feedback": (
                        "Nej. Hvis der er vold, kan fælles samtaler udsætte ham for pres og "
                        "straf bagefter."
                    ),
                },
            ],
        },
    },
    {
        "key": "pv-men-2",
        "type": "true_false",
        "tags": {"module": "psychological-violence", "topic": "men-as-victims", "sectors": []},
        "en": {
            "prompt": (
                "True or false? Men should be asked about violence in the same calm, private way "
                "as women, and their answers should be met in the same way."
            ),
            "explanation": (
                "True. Violence is found in every group, and victims of every gender minimise "
                "it. An estimated 19,000 men a year in Denmark are exposed to physical partner "
                "violence, and very few seek help. Ask everyone, take the answer seriously, "
                "think about safety and refer on."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "True",
                    "correct": True,
                    "feedback": (
                        "Correct. Let the person's answer, not assumptions about gender, guide "
                        "what happens next."
                    ),
                },
                {
                    "key": "false",
                    "text": "False",
                    "correct": False,
                    "feedback": (
                        "Not so. Men are also exposed to violence and face barriers such as "
                        "shame and fear of not being believed. They need the same questions "
                        "and the same response."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Sandt eller falsk? Mænd skal spørges om vold på samme rolige måde i enrum som "
                "kvinder, og deres svar skal mødes på samme måde."
            ),
            "explanation": (
                "Sandt. Vold findes i alle grupper, og voldsudsatte af alle køn bagatelliserer "
                "den. Det anslås, at omkring 19.000 mænd om året i Danmark udsættes for fysisk "
                "partnervold, og meget få søger hjælp. Spørg alle, tag svaret alvorligt, tænk på "
                "sikkerheden, og henvis videre."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "Sandt",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Lad personens svar, ikke antagelser om køn, styre, hvad der "
                        "sker bagefter."
                    ),
                },
                {
                    "key": "false",
                    "text": "Falsk",
                    "correct": False,
                    "feedback": (
                        "Nej. Mænd udsættes også for vold og møder barrierer som skam og frygt "
                        "for ikke at blive troet. De skal have de samme spørgsmål og det samme "
                        "svar."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    # detection-cues
    # ------------------------------------------------------------------------------------------
    {
        "key": "dc-signs-1",
        "type": "multiple",
        "tags": {"module": "detection-cues", "topic": "hidden-signs", "sectors": []},
        "en": {
            "prompt": (
                "Which statements about hidden signs of violence are correct? Choose all that "
                "apply."
            ),
            "explanation": (
                "Signs are rarely conclusive on their own and a single cue can have many "
                "explanations. What matters is combinations and repetition, which short factual "
                "notes make visible over time. You do not need proof to ask, or to pass on a "
                "concern, and detection must be routine, not something that waits for a "
                "visible injury."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "You do not need proof to ask about violence or to pass on a concern",
                    "correct": True,
                    "feedback": (
                        "Correct. Your task is to notice, ask and pass on, not to investigate "
                        "or prove."
                    ),
                },
                {
                    "key": "b",
                    "text": "Combinations and repetition of cues matter more than any single cue",
                    "correct": True,
                    "feedback": (
                        "Correct. A cancelled appointment, then a partner who answers for the "
                        "person, then an injury explained away: together they form a pattern."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "A single cue, such as one missed meeting, normally shows that there is "
                        "violence"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. One cue can have many explanations. It is a reason to stay "
                        "attentive, not a conclusion."
                    ),
                },
                {
                    "key": "d",
                    "text": "It is best to wait to ask until there is a visible injury",
                    "correct": False,
                    "feedback": (
                        "No. Most violence leaves no marks, so detection must be a routine part "
                        "of the work, not something that waits for injuries."
                    ),
                },
                {
                    "key": "e",
                    "text": "Short, factual notes help you see a pattern over time",
                    "correct": True,
                    "feedback": "Correct. Notes with dates make repetition visible.",
                },
            ],
        },
        "da": {
            "prompt": "Hvilke udsagn om skjulte tegn på vold er rigtige? Vælg alle, der passer.",
            "explanation": (
                "Tegn er sjældent entydige i sig selv, og et enkelt tegn kan have mange "
                "forklaringer. Det afgørende er kombinationer og gentagelser, som korte, "
                "faktuelle notater gør synlige over tid. Du behøver ikke beviser for at spørge "
                "eller give en bekymring videre, og opsporing skal være rutine, ikke noget, der "
                "venter på en synlig skade."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Du behøver ikke beviser for at spørge til vold eller give en bekymring "
                        "videre"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Din opgave er at lægge mærke til, spørge og give videre, ikke "
                        "at efterforske eller bevise."
                    ),
                },
                {
                    "key": "b",
                    "text": "Kombinationer og gentagelser af tegn betyder mere end et enkelt tegn",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. En aflyst aftale, så en partner, der svarer for personen, og så "
                        "en skade, der bortforklares: Tilsammen danner de et mønster."
                    ),
                },
                {
                    "key": "c",
                    "text": "Et enkelt tegn, fx ét udeblevet møde, viser normalt, at der er vold",
                    "correct": False,
                    "feedback": (
                        "Nej. Et enkelt tegn kan have mange forklaringer. Det er en grund til at "
                        "være opmærksom, ikke en konklusion."
                    ),
                },
                {
                    "key": "d",
                    "text": "Det er bedst at vente med at spørge, til der er en synlig skade",
                    "correct": False,
                    "feedback": (
                        "Nej. Det meste vold efterlader ingen mærker, så opsporing skal være en "
                        "fast del af arbejdet og ikke vente på skader."
                    ),
                },
                {
                    "key": "e",
                    "text": "Korte, faktuelle notater hjælper dig med at se et mønster over tid",
                    "correct": True,
                    "feedback": "Rigtigt. Notater med datoer gør gentagelser synlige.",
                },
            ],
        },
    },
    {
        "key": "dc-ask-1",
        "type": "multiple",
        "tags": {"module": "detection-cues", "topic": "asking-safely", "sectors": []},
        "en": {
            "prompt": (
                "You plan to ask a citizen about violence. Which of these belong to setting the "
                "scene safely? Choose all that apply."
            ),
            "explanation": (
                "Ask only when the person is alone with you, use a professional interpreter "
                "(never the partner, relatives, friends or children), agree how you may contact "
                "the person afterwards, and be honest about what you may have to pass on. "
                "Asking in front of the partner or through a child can put the person in danger."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Ask at the start of the joint meeting, so the partner hears that it is "
                        "a routine question"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Never ask with the partner present, even as a routine. Build time "
                        "alone into the meeting instead."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Agree how and when you may contact the person, and what to say if someone "
                        "else answers"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Thinking about what happens after the conversation is part of "
                        "the person's safety."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Use a professional interpreter, by telephone if necessary, whom the "
                        "person does not know"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. A professional from outside the person's local community is "
                        "the safest choice."
                    ),
                },
                {
                    "key": "d",
                    "text": "Make sure the person is alone with you and cannot be overheard",
                    "correct": True,
                    "feedback": (
                        "Correct. A question asked with the partner or family present can put "
                        "the person in danger."
                    ),
                },
                {
                    "key": "e",
                    "text": (
                        "Let the person's teenage daughter interpret, since she knows the family"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Never use children or relatives as interpreters: they may be loyal "
                        "to the abuser or be harmed by what they hear."
                    ),
                },
                {
                    "key": "f",
                    "text": "Say honestly what stays between you and what you may have to pass on",
                    "correct": True,
                    "feedback": (
                        "Correct. Honesty about confidentiality, for example about a concern for "
                        "a child, builds trust."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Du vil spørge en borger om vold. Hvilke af disse hører med til at skabe sikre "
                "rammer? Vælg alle, der passer."
            ),
            "explanation": (
                "Spørg kun, når personen er alene med dig, brug en professionel tolk (aldrig "
                "partneren, familie, venner eller børn), aftal, hvordan du må kontakte personen "
                "bagefter, og vær ærlig om, hvad du kan være nødt til at give videre. At spørge "
                "foran partneren eller gennem et barn kan bringe personen i fare."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Spørg i starten af det fælles møde, så partneren hører, at det er et "
                        "rutinespørgsmål"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Spørg aldrig, mens partneren er til stede, heller ikke som "
                        "rutine. Byg i stedet tid alene ind i mødet."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Aftal, hvordan og hvornår du må kontakte personen, og hvad du siger, "
                        "hvis en anden tager telefonen"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. At tænke på, hvad der sker efter samtalen, er en del af "
                        "personens sikkerhed."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Brug en professionel tolk, om nødvendigt over telefon, som personen "
                        "ikke kender"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. En professionel tolk uden for personens lokale miljø er det "
                        "sikreste valg."
                    ),
                },
                {
                    "key": "d",
                    "text": "Sørg for, at personen er alene med dig og ikke kan blive overhørt",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Et spørgsmål, der stilles, mens partneren eller familien er "
                        "til stede, kan bringe personen i fare."
                    ),
                },
                {
                    "key": "e",
                    "text": "Lad personens teenagedatter tolke, da hun kender familien",
                    "correct": False,
                    "feedback": (
                        "Nej. Brug aldrig børn eller familie som tolke: De kan være loyale over "
                        "for den voldsudøvende eller tage skade af det, de hører."
                    ),
                },
                {
                    "key": "f",
                    "text": (
                        "Sig ærligt, hvad der bliver mellem jer, og hvad du kan være nødt til at "
                        "give videre"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Ærlighed om tavshedspligt og dens grænser, fx ved bekymring "
                        "for et barn, skaber tillid."
                    ),
                },
            ],
        },
    },
    {
        "key": "dc-ask-2",
        "type": "single",
        "tags": {"module": "detection-cues", "topic": "asking-safely", "sectors": []},
        "en": {
            "prompt": (
                "You are alone with a citizen and ask as part of your routine. Which opening is "
                "most in line with the course?"
            ),
            "explanation": (
                "Start with a short, normalising introduction that makes clear you ask everyone, "
                "then ask about concrete behaviour (frightening, controlling, hurting) rather "
                "than using the word “violence”, which many people do not use about their own "
                "lives. Questions that label, judge or ask “why” close the conversation."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "“Are you a victim of domestic violence?”",
                    "correct": False,
                    "feedback": (
                        "No. Many people do not call what they live with violence, and a label "
                        "like “victim” is easy to reject."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "“I ask everyone this, because it affects many people: is there anyone "
                        "close to you who frightens you, controls you or hurts you?”"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Normalising and concrete: the person is not singled out and "
                        "can answer about behaviour they recognise."
                    ),
                },
                {
                    "key": "c",
                    "text": "“Your partner seems aggressive. Does he hit you?”",
                    "correct": False,
                    "feedback": (
                        "No. It judges the partner and puts words in the person's mouth, which "
                        "tends to make people defend the relationship."
                    ),
                },
                {
                    "key": "d",
                    "text": "“If things are bad at home, why haven't you moved out?”",
                    "correct": False,
                    "feedback": (
                        "No. “Why” questions sound like blame and add to the shame that keeps "
                        "people silent."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Du er alene med en borger og spørger som en fast del af din praksis. Hvilken "
                "indledning er mest i tråd med kurset?"
            ),
            "explanation": (
                "Begynd med en kort, normaliserende indledning, der gør det klart, at du "
                "spørger alle, og spørg derefter til konkret adfærd (skræmmer, kontrollerer, "
                "gør fortræd) i stedet for at bruge ordet »vold«, som mange ikke bruger om deres "
                "eget liv. Spørgsmål, der sætter etiketter på, dømmer eller spørger »hvorfor«, "
                "lukker samtalen."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "»Er du udsat for vold i hjemmet?«",
                    "correct": False,
                    "feedback": (
                        "Nej. Mange kalder ikke det, de lever med, for vold, og en etiket som "
                        "»voldsudsat« er let at afvise."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "»Det her spørger jeg alle om, fordi det berører mange: Er der nogen tæt "
                        "på dig, som skræmmer dig, kontrollerer dig eller gør dig fortræd?«"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Normaliserende og konkret: Personen bliver ikke udpeget og kan "
                        "svare på adfærd, vedkommende genkender."
                    ),
                },
                {
                    "key": "c",
                    "text": "»Din partner virker aggressiv. Slår han dig?«",
                    "correct": False,
                    "feedback": (
                        "Nej. Det dømmer partneren og lægger ord i munden på personen, hvilket "
                        "ofte får folk til at forsvare forholdet."
                    ),
                },
                {
                    "key": "d",
                    "text": "»Hvis det er så slemt derhjemme, hvorfor er du så ikke flyttet?«",
                    "correct": False,
                    "feedback": (
                        "Nej. »Hvorfor«-spørgsmål lyder som bebrejdelser og øger den skam, der "
                        "får folk til at tie."
                    ),
                },
            ],
        },
    },
    {
        "key": "dc-ask-3",
        "type": "single",
        "tags": {"module": "detection-cues", "topic": "asking-safely", "sectors": ["health"]},
        "en": {
            "prompt": (
                "At a consultation the patient's husband offers to interpret, saying his Danish "
                "is much better than hers. What should you do?"
            ),
            "explanation": (
                "Never use a partner, relative, friend or child as interpreter: they may be the "
                "abuser, be loyal to the abuser, or be harmed by what they hear. Use a "
                "professional interpreter, by telephone if necessary and preferably from outside "
                "the person's local community. A partner who insists on interpreting is itself "
                "a cue of control."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Accept, because he speaks the language well and it saves time",
                    "correct": False,
                    "feedback": (
                        "No. If he controls or abuses her, she cannot speak freely, and what she "
                        "says may be filtered or used against her."
                    ),
                },
                {
                    "key": "b",
                    "text": "Ask their adult son to interpret instead",
                    "correct": False,
                    "feedback": (
                        "No. Relatives may be loyal to the abuser or be harmed by what they "
                        "hear. Use a professional."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Thank him, and use a professional interpreter — by telephone if "
                        "necessary — for at least part of the consultation with the patient alone"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. A professional interpreter and time alone let the patient "
                        "speak freely."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Explain to the husband that you suspect violence and therefore need an "
                        "interpreter"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Never explain to the partner why you want to see the person alone. "
                        "It can lead to reprisals."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Under en konsultation tilbyder patientens mand at tolke og siger, at hans "
                "dansk er meget bedre end hendes. Hvad skal du gøre?"
            ),
            "explanation": (
                "Brug aldrig en partner, et familiemedlem, en ven eller et barn som tolk: De kan "
                "være den voldsudøvende, være loyale over for vedkommende eller tage skade af "
                "det, de hører. Brug en professionel tolk, om nødvendigt over telefon og helst "
                "fra et andet miljø end personens. En partner, der insisterer på at tolke, er i "
                "sig selv et tegn på kontrol."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Sige ja, fordi han taler sproget godt, og det sparer tid",
                    "correct": False,
                    "feedback": (
                        "Nej. Hvis han kontrollerer eller udøver vold mod hende, kan hun ikke "
                        "tale frit, og det, hun siger, kan blive filtreret eller brugt mod hende."
                    ),
                },
                {
                    "key": "b",
                    "text": "Bede deres voksne søn om at tolke i stedet",
                    "correct": False,
                    "feedback": (
                        "Nej. Familiemedlemmer kan være loyale over for den voldsudøvende eller "
                        "tage skade af det, de hører. Brug en professionel."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Takke ham og bruge en professionel tolk — om nødvendigt over telefon — "
                        "i det mindste i en del af konsultationen, hvor patienten er alene"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. En professionel tolk og tid alene giver patienten mulighed "
                        "for at tale frit."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Forklare manden, at du har mistanke om vold og derfor skal bruge en tolk"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Forklar aldrig partneren, hvorfor du vil tale med personen alene. "
                        "Det kan føre til repressalier."
                    ),
                },
            ],
        },
    },
    {
        "key": "dc-disclosure-1",
        "type": "single",
        "tags": {"module": "detection-cues", "topic": "responding-to-disclosure", "sectors": []},
        "en": {
            "prompt": (
                "A citizen tells you, hesitantly, that her partner hits her and that she is "
                "afraid of him. What should you say first?"
            ),
            "explanation": (
                "Your first reaction matters most: believe and thank the person, and place the "
                "responsibility with the person using violence. Then acknowledge, ask about "
                "safety now, and tell them help exists. Do not ask “why”, do not promise "
                "secrecy, and do not give advice that increases the risk."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "“Why didn't you tell anyone before?”",
                    "correct": False,
                    "feedback": (
                        "No. “Why” questions sound like blame and may stop the person from "
                        "telling anyone again for a long time."
                    ),
                },
                {
                    "key": "b",
                    "text": "“Don't worry — I promise this stays between the two of us.”",
                    "correct": False,
                    "feedback": (
                        "No. You cannot promise secrecy if there are children or serious danger. "
                        "Promise instead to tell the person what you do."
                    ),
                },
                {
                    "key": "c",
                    "text": "“You must tell him tonight that you are leaving.”",
                    "correct": False,
                    "feedback": (
                        "No. Separation is a high-risk time. Advice like this can increase the "
                        "danger; a safety plan is made with trained colleagues."
                    ),
                },
                {
                    "key": "d",
                    "text": "“Thank you for telling me. I believe you, and it is not your fault.”",
                    "correct": True,
                    "feedback": (
                        "Correct. Belief and relief from blame come first; many people test the "
                        "water and watch how you react."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "En borger fortæller tøvende, at hendes partner slår hende, og at hun er bange "
                "for ham. Hvad skal du sige først?"
            ),
            "explanation": (
                "Din første reaktion betyder mest: Tro på personen, tak for tilliden, og læg "
                "ansvaret hos den, der udøver volden. Anerkend derefter, spørg til sikkerheden "
                "lige nu, og fortæl, at der er hjælp. Spørg ikke »hvorfor«, lov ikke "
                "hemmeligholdelse, og giv ikke råd, der øger risikoen."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "»Hvorfor har du ikke sagt noget før?«",
                    "correct": False,
                    "feedback": (
                        "Nej. »Hvorfor«-spørgsmål lyder som bebrejdelser og kan få personen til "
                        "at lade være med at fortælle nogen noget i lang tid."
                    ),
                },
                {
                    "key": "b",
                    "text": "»Bare rolig — jeg lover, at det bliver mellem os to.«",
                    "correct": False,
                    "feedback": (
                        "Nej. Du kan ikke love hemmeligholdelse, hvis der er børn eller alvorlig "
                        "fare. Lov i stedet at fortælle personen, hvad du gør."
                    ),
                },
                {
                    "key": "c",
                    "text": "»Du må sige til ham i aften, at du går fra ham.«",
                    "correct": False,
                    "feedback": (
                        "Nej. Et brud er en tid med høj risiko. Sådan et råd kan øge faren; en "
                        "sikkerhedsplan laves sammen med uddannede kolleger."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "»Tak, fordi du fortæller mig det. Jeg tror på dig, og det er ikke din "
                        "skyld.«"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Tiltro og at fritage personen for skyld kommer først; mange "
                        "prøver sig frem og holder øje med, hvordan du reagerer."
                    ),
                },
            ],
        },
    },
    {
        "key": "dc-disclosure-2",
        "type": "multiple",
        "tags": {"module": "detection-cues", "topic": "responding-to-disclosure", "sectors": []},
        "en": {
            "prompt": (
                "After a disclosure, which of these should you NOT do? Choose all that apply."
            ),
            "explanation": (
                "Do not suggest couples counselling or mediation, do not contact or confront the "
                "person using violence, do not promise secrecy, and do not leave traces such as "
                "letters or text messages about the violence without first agreeing a safe way "
                "of contact. Asking about immediate safety and telling the person about the "
                "Lev Uden Vold hotline (1888) are exactly what you should do."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Suggest couples counselling so the two of them can talk it through",
                    "correct": True,
                    "feedback": (
                        "Right, avoid this. Violence is not a conflict between equals, and joint "
                        "sessions can lead to pressure and punishment."
                    ),
                },
                {
                    "key": "b",
                    "text": "Send a text message that evening summarising what you talked about",
                    "correct": True,
                    "feedback": (
                        "Right, avoid this. Without an agreed safe way of contact, the partner "
                        "may read it."
                    ),
                },
                {
                    "key": "c",
                    "text": "Tell the person about the Lev Uden Vold hotline on 1888",
                    "correct": False,
                    "feedback": (
                        "This is something you should do. Knowing that help exists, day and "
                        "night, gives the person a concrete option."
                    ),
                },
                {
                    "key": "d",
                    "text": "Promise to keep everything secret so the person feels safe",
                    "correct": True,
                    "feedback": (
                        "Right, avoid this. You may have to pass on a concern, for example about "
                        "children. Be honest instead."
                    ),
                },
                {
                    "key": "e",
                    "text": "Ask whether it is safe for the person to go home today",
                    "correct": False,
                    "feedback": (
                        "This is something you should do. Asking about safety now, for the "
                        "person and any children, is part of the response."
                    ),
                },
                {
                    "key": "f",
                    "text": "Call the partner to hear his side of the story",
                    "correct": True,
                    "feedback": (
                        "Right, avoid this. Contacting the abuser can lead to reprisals; such "
                        "contact is planned by those responsible, as part of a safety plan."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Hvilke af disse skal du IKKE gøre, når nogen har fortalt dig om vold? Vælg "
                "alle, der passer."
            ),
            "explanation": (
                "Foreslå ikke parterapi eller mægling, kontakt eller konfrontér ikke den "
                "voldsudøvende, lov ikke hemmeligholdelse, og efterlad ikke spor som breve "
                "eller sms'er om volden uden først at have aftalt en sikker måde at kontakte "
                "personen på. At spørge til sikkerheden lige nu og fortælle om Lev Uden Volds "
                "hotline (1888) er netop det, du skal gøre."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Foreslå parterapi, så de to kan tale det igennem",
                    "correct": True,
                    "feedback": (
                        "Rigtigt, undgå det. Vold er ikke en konflikt mellem ligeværdige, og "
                        "fælles samtaler kan føre til pres og straf."
                    ),
                },
                {
                    "key": "b",
                    "text": "Sende en sms samme aften med et resumé af samtalen",
                    "correct": True,
                    "feedback": (
                        "Rigtigt, undgå det. Uden en aftalt sikker kontaktform kan partneren "
                        "læse den."
                    ),
                },
                {
                    "key": "c",
                    "text": "Fortælle personen om Lev Uden Volds hotline på 1888",
                    "correct": False,
                    "feedback": (
                        "Det skal du gøre. At vide, at der er hjælp døgnet rundt, giver personen "
                        "en konkret mulighed."
                    ),
                },
                {
                    "key": "d",
                    "text": "Love at holde alt hemmeligt, så personen føler sig tryg",
                    "correct": True,
                    "feedback": (
                        "Rigtigt, undgå det. Du kan blive nødt til at give en bekymring videre, "
                        "fx om børn. Vær hellere ærlig."
                    ),
                },
                {
                    "key": "e",
                    "text": "Spørge, om det er sikkert for personen at tage hjem i dag",
                    "correct": False,
                    "feedback": (
                        "Det skal du gøre. At spørge til sikkerheden lige nu, for personen og "
                        "eventuelle børn, er en del af reaktionen."
                    ),
                },
                {
                    "key": "f",
                    "text": "Ringe til partneren for at høre hans version",
                    "correct": True,
                    "feedback": (
                        "Rigtigt, undgå det. Kontakt til den voldsudøvende kan føre til "
                        "repressalier; den slags kontakt planlægges af de ansvarlige som en del "
                        "af en sikkerhedsplan."
                    ),
                },
            ],
        },
    },
    {
        "key": "dc-daycare-1",
        "type": "single",
        "tags": {"module": "detection-cues", "topic": "sector-cues", "sectors": ["daycare"]},
        "en": {
            "prompt": (
                "A four-year-old shows you a drawing and says: “That's Daddy. He's angry. And "
                "Mummy is crying.” What is the best thing to say next?"
            ),
            "explanation": (
                "Repeat the child's own words and follow them with an open question, without "
                "adding anything new. Leading questions put words in the child's mouth. "
                "Afterwards, write down the child's words, talk to your manager, and do not "
                "confront the parents yourself."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "“Daddy is angry and Mummy is crying. What happens when Daddy is angry?”"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. You follow the child's words and let the child decide what to "
                        "say."
                    ),
                },
                {
                    "key": "b",
                    "text": "“Does Daddy hit Mummy when he is angry?”",
                    "correct": False,
                    "feedback": (
                        "No. This is a leading question: it suggests an answer the child has not "
                        "given and can make what the child says less reliable."
                    ),
                },
                {
                    "key": "c",
                    "text": "“That's a sad drawing. Shall we draw something happy instead?”",
                    "correct": False,
                    "feedback": (
                        "No. Changing the subject tells the child that this cannot be talked about."
                    ),
                },
                {
                    "key": "d",
                    "text": "“I'll ask Daddy about it when he picks you up.”",
                    "correct": False,
                    "feedback": (
                        "No. Do not confront the parents. Write down what the child said, talk "
                        "to your manager and follow the procedure for a report of concern."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "En fireårig viser dig en tegning og siger: »Det er far. Han er vred. Og mor "
                "græder.« Hvad er det bedste at sige nu?"
            ),
            "explanation": (
                "Gentag barnets egne ord, og følg dem op med et åbent spørgsmål uden at tilføje "
                "noget nyt. Ledende spørgsmål lægger ord i barnets mund. Skriv bagefter barnets "
                "ord ned, tal med din leder, og konfrontér ikke selv forældrene."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "»Far er vred, og mor græder. Hvad sker der, når far er vred?«",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Du følger barnets ord og lader barnet bestemme, hvad det vil "
                        "fortælle."
                    ),
                },
                {
                    "key": "b",
                    "text": "»Slår far mor, når han er vred?«",
                    "correct": False,
                    "feedback": (
                        "Nej. Det er et ledende spørgsmål: Det foreslår et svar, barnet ikke har "
                        "givet, og kan gøre det, barnet siger, mindre pålideligt."
                    ),
                },
                {
                    "key": "c",
                    "text": "»Det er en trist tegning. Skal vi tegne noget glad i stedet?«",
                    "correct": False,
                    "feedback": (
                        "Nej. At skifte emne fortæller barnet, at det her ikke må tales om."
                    ),
                },
                {
                    "key": "d",
                    "text": "»Jeg spørger far om det, når han henter dig.«",
                    "correct": False,
                    "feedback": (
                        "Nej. Konfrontér ikke forældrene. Skriv ned, hvad barnet sagde, tal med "
                        "din leder, og følg proceduren for underretning."
                    ),
                },
            ],
        },
    },
    {
        "key": "dc-jobcentre-1",
        "type": "single",
        "tags": {"module": "detection-cues", "topic": "sector-cues", "sectors": ["job_centre"]},
        "en": {
            "prompt": (
                "A citizen has cancelled three meetings — once her husband rang to cancel for "
                "her — and she dropped out of an internship after a week. What should the "
                "caseworker do before treating this as lack of cooperation?"
            ),
            "explanation": (
                "At the job centre, violence often shows up as problems with attendance, "
                "activation or money. Before concluding that the citizen is unmotivated, "
                "consider whether control at home could explain it, ask her when she is alone, "
                "record what she says and discuss it with your manager."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Register the absences and start the usual sanctions procedure",
                    "correct": False,
                    "feedback": (
                        "No. Sanctioning without asking may punish her for control she is "
                        "exposed to, and the chance to detect violence is lost."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Consider whether control or violence could explain it, ask her about "
                        "it when she is alone, and discuss it with the manager"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Absence can be a sign, not a choice. Ask before you conclude."
                    ),
                },
                {
                    "key": "c",
                    "text": "Call the husband and ask why she keeps cancelling",
                    "correct": False,
                    "feedback": (
                        "No. Contacting the partner can put her at risk, and he may be the reason "
                        "she cannot attend."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Send a letter to her Digital Post asking whether there is violence at home"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. The partner may be able to read her Digital Post. Agree a safe way "
                        "of contact first, and ask in person."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "En borger har aflyst tre møder — en gang ringede hendes mand og aflyste for "
                "hende — og hun stoppede i en praktik efter en uge. Hvad skal sagsbehandleren "
                "gøre, før det behandles som manglende samarbejde?"
            ),
            "explanation": (
                "I jobcentret viser vold sig ofte som problemer med fremmøde, aktivering eller "
                "penge. Før du konkluderer, at borgeren er umotiveret, så overvej, om kontrol "
                "derhjemme kan forklare det, spørg hende, når hun er alene, notér, hvad hun "
                "siger, og drøft det med din leder."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Registrere udeblivelserne og starte den sædvanlige sanktionsprocedure",
                    "correct": False,
                    "feedback": (
                        "Nej. En sanktion uden at spørge kan straffe hende for kontrol, hun "
                        "selv er udsat for, og muligheden for at opspore volden går tabt."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Overveje, om kontrol eller vold kan forklare det, spørge hende, når hun "
                        "er alene, og drøfte det med lederen"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Fravær kan være et tegn, ikke et valg. Spørg, før du konkluderer."
                    ),
                },
                {
                    "key": "c",
                    "text": "Ringe til manden og spørge, hvorfor hun bliver ved med at aflyse",
                    "correct": False,
                    "feedback": (
                        "Nej. Kontakt til partneren kan bringe hende i fare, og han kan være "
                        "grunden til, at hun ikke kan komme."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Sende et brev til hendes Digital Post og spørge, om der er vold i hjemmet"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Partneren kan måske læse hendes Digital Post. Aftal først en "
                        "sikker kontaktform, og spørg hende personligt."
                    ),
                },
            ],
        },
    },
    {
        "key": "dc-health-1",
        "type": "true_false",
        "tags": {
            "module": "detection-cues",
            "topic": "sector-cues",
            "sectors": ["health", "police"],
        },
        "en": {
            "prompt": (
                "True or false? If a person says they were grabbed by the neck but there are no "
                "visible marks, the incident can be treated as minor."
            ),
            "explanation": (
                "False. Strangulation is a strong warning sign of homicide risk and often leaves "
                "no visible marks. Ask directly about pressure on the neck, breathing and "
                "loss of consciousness, look for signs such as a hoarse voice or difficulty "
                "swallowing, document the person's own words, and treat it as urgent."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "True",
                    "correct": False,
                    "feedback": (
                        "Not so. The lack of marks says nothing about the danger; strangulation "
                        "is one of the strongest predictors of later homicide."
                    ),
                },
                {
                    "key": "false",
                    "text": "False",
                    "correct": True,
                    "feedback": (
                        "Correct. Strangulation must be asked about directly, documented and "
                        "treated as urgent even without marks."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Sandt eller falsk? Hvis en person fortæller, at vedkommende er blevet taget om "
                "halsen, men der ikke er synlige mærker, kan episoden behandles som mindre "
                "alvorlig."
            ),
            "explanation": (
                "Falsk. Kvælning er et stærkt advarselstegn på risiko for drab og efterlader "
                "ofte ingen synlige mærker. Spørg direkte til tryk på halsen, vejrtrækning og "
                "bevidsthedstab, se efter tegn som hæs stemme eller synkebesvær, dokumentér "
                "personens egne ord, og behandl det som akut."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "Sandt",
                    "correct": False,
                    "feedback": (
                        "Nej. At der ikke er mærker, siger intet om faren; kvælning er en af de "
                        "stærkeste forudsigende faktorer for senere drab."
                    ),
                },
                {
                    "key": "false",
                    "text": "Falsk",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Der skal spørges direkte til kvælning, og den skal "
                        "dokumenteres og behandles som akut, også uden mærker."
                    ),
                },
            ],
        },
    },
    {
        "key": "dc-familycourt-1",
        "type": "multiple",
        "tags": {"module": "detection-cues", "topic": "sector-cues", "sectors": ["family_court"]},
        "en": {
            "prompt": (
                "In a contact case, the mother asks to wait in a separate room and not to meet "
                "the father. She says she is afraid of him. The father says she is just being "
                "uncooperative. What should staff at the Family Court House do? Choose all that "
                "apply."
            ),
            "explanation": (
                "Fear of the other parent may be based on experience, and risk is often high "
                "after separation. Offer separate waiting and separate meetings, ask the mother "
                "alone about violence and control and record her answers, and never reveal a "
                "protected address. Joint mediation can put her at risk, and calling her "
                "uncooperative ignores the pattern of who is afraid of whom."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Offer separate waiting areas and separate meetings",
                    "correct": True,
                    "feedback": (
                        "Correct. Separate arrangements protect her and let her speak freely."
                    ),
                },
                {
                    "key": "b",
                    "text": "Record her as uncooperative, since the father denies any problem",
                    "correct": False,
                    "feedback": (
                        "No. A parent who resists contact may be afraid for good reason. Look at "
                        "the whole pattern: who is afraid of whom, and who controls."
                    ),
                },
                {
                    "key": "c",
                    "text": "Make sure her address is not disclosed if it is protected",
                    "correct": True,
                    "feedback": "Correct. Never reveal a protected address to the other party.",
                },
                {
                    "key": "d",
                    "text": (
                        "Ask the mother alone about violence and control, and record her answers"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Recording what she says makes sure it is part of the "
                        "assessment in the case."
                    ),
                },
                {
                    "key": "e",
                    "text": "Hold a joint mediation meeting so the parents learn to cooperate",
                    "correct": False,
                    "feedback": (
                        "No. Joint meetings and mediation can put a victim at risk. Cooperation "
                        "must never mean putting a parent or the children in danger."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "I en samværssag beder moren om at vente i et andet lokale og ikke at skulle "
                "møde faren. Hun siger, at hun er bange for ham. Faren siger, at hun bare er "
                "usamarbejdsvillig. Hvad skal medarbejderne i Familieretshuset gøre? Vælg alle, "
                "der passer."
            ),
            "explanation": (
                "Frygt for den anden forælder kan bygge på erfaring, og risikoen er ofte høj "
                "efter et brud. Tilbyd separat venteområde og separate møder, spørg moren alene "
                "om vold og kontrol, og notér hendes svar, og afslør aldrig en beskyttet "
                "adresse. Fælles mægling kan bringe hende i fare, og at kalde hende "
                "usamarbejdsvillig overser mønsteret: hvem der er bange for hvem."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Tilbyde separate venteområder og separate møder",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Separate rammer beskytter hende og giver hende mulighed for at "
                        "tale frit."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Notere hende som usamarbejdsvillig, fordi faren afviser, at der er "
                        "problemer"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. En forælder, der modsætter sig samvær, kan have god grund til at "
                        "være bange. Se på hele mønsteret: hvem der er bange for hvem, og hvem "
                        "der kontrollerer."
                    ),
                },
                {
                    "key": "c",
                    "text": "Sikre, at hendes adresse ikke bliver oplyst, hvis den er beskyttet",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Afslør aldrig en beskyttet adresse over for den anden part."
                    ),
                },
                {
                    "key": "d",
                    "text": "Spørge moren alene om vold og kontrol og notere hendes svar",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Når hendes svar bliver noteret, indgår de i vurderingen i sagen."
                    ),
                },
                {
                    "key": "e",
                    "text": "Holde et fælles mæglingsmøde, så forældrene lærer at samarbejde",
                    "correct": False,
                    "feedback": (
                        "Nej. Fælles møder og mægling kan bringe en voldsudsat i fare. "
                        "Samarbejde må aldrig betyde, at en forælder eller børnene bringes i fare."
                    ),
                },
            ],
        },
    },
    {
        "key": "dc-police-order-1",
        "type": "ordering",
        "tags": {"module": "detection-cues", "topic": "sector-cues", "sectors": ["police"]},
        "en": {
            "prompt": (
                "At a call-out to a domestic incident, put these steps of the conversation with "
                "the woman in the order the course recommends."
            ),
            "explanation": (
                "First separate the parties so that she can talk without him hearing. Confirm "
                "the privacy and ask openly what happened. Then ask directly about pressure on "
                "the neck, because victims rarely mention strangulation themselves; follow up on "
                "breathing, dizziness and blackouts to document the seriousness; and finally ask "
                "about earlier incidents and threats for the risk assessment."
            ),
            "options": [
                {
                    "key": "b",
                    "text": "Separate the parties, so that you talk to her where he cannot hear",
                    "correct": True,
                    "feedback": "First: privacy is what makes it safe for her to speak.",
                },
                {
                    "key": "c",
                    "text": (
                        "Tell her that you talk to everyone separately, and ask what happened "
                        "tonight"
                    ),
                    "correct": True,
                    "feedback": "Second: an open question lets her give her own account.",
                },
                {
                    "key": "e",
                    "text": (
                        "Ask directly whether he put his hands or arm around her neck or pressed "
                        "on her throat"
                    ),
                    "correct": True,
                    "feedback": (
                        "Third: ask about strangulation directly, since victims often do not "
                        "mention it themselves."
                    ),
                },
                {
                    "key": "d",
                    "text": "Ask whether she found it hard to breathe, felt dizzy or blacked out",
                    "correct": True,
                    "feedback": "Fourth: specific follow-up questions document how serious it was.",
                },
                {
                    "key": "a",
                    "text": (
                        "Ask whether anything like this has happened before and whether he has "
                        "threatened her"
                    ),
                    "correct": True,
                    "feedback": "Last: history and threats are needed for the risk assessment.",
                },
            ],
        },
        "da": {
            "prompt": (
                "Ved en udrykning til en episode i hjemmet: Sæt disse trin i samtalen med "
                "kvinden i den rækkefølge, kurset anbefaler."
            ),
            "explanation": (
                "Adskil først parterne, så hun kan tale, uden at han hører det. Bekræft, at "
                "samtalen er uforstyrret, og spørg åbent, hvad der skete. Spørg derefter direkte "
                "til tryk på halsen, fordi voldsudsatte sjældent selv nævner kvælning; følg op "
                "på vejrtrækning, svimmelhed og bevidsthedstab for at dokumentere alvoren; og "
                "spørg til sidst til tidligere episoder og trusler til brug for "
                "risikovurderingen."
            ),
            "options": [
                {
                    "key": "b",
                    "text": "Adskil parterne, så du taler med hende, hvor han ikke kan høre det",
                    "correct": True,
                    "feedback": "Først: Det er roen og afskærmningen, der gør det sikkert at tale.",
                },
                {
                    "key": "c",
                    "text": (
                        "Fortæl, at I taler med alle hver for sig, og spørg, hvad der skete i aften"
                    ),
                    "correct": True,
                    "feedback": "Dernæst: Et åbent spørgsmål lader hende fortælle med egne ord.",
                },
                {
                    "key": "e",
                    "text": (
                        "Spørg direkte, om han tog hende om halsen med hænder eller arm eller "
                        "pressede på struben"
                    ),
                    "correct": True,
                    "feedback": (
                        "Tredje: Spørg direkte til kvælning, da voldsudsatte ofte ikke selv "
                        "nævner det."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Spørg, om hun havde svært ved at trække vejret, blev svimmel eller blev "
                        "sort for øjnene"
                    ),
                    "correct": True,
                    "feedback": "Fjerde: Konkrete opfølgende spørgsmål dokumenterer alvoren.",
                },
                {
                    "key": "a",
                    "text": "Spørg, om noget lignende er sket før, og om han har truet hende",
                    "correct": True,
                    "feedback": (
                        "Til sidst: Forhistorie og trusler skal bruges i risikovurderingen."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    # duty-to-act
    # ------------------------------------------------------------------------------------------
    {
        "key": "dta-card-order-1",
        "type": "ordering",
        "tags": {"module": "duty-to-act", "topic": "action-card", "sectors": []},
        "en": {
            "prompt": (
                "Put the steps of the action card “On suspicion of violence” in the right order."
            ),
            "explanation": (
                "The action card runs: notice what you see and hear; talk to the person alone "
                "if it is safe; document the facts the same day; act promptly by passing the "
                "suspicion on (the Danish action plan proposes 48 hours as the outer limit); "
                "and know whom to contact under your local procedure."
            ),
            "options": [
                {
                    "key": "b",
                    "text": (
                        "Notice: take injuries, fear, changed behaviour and worrying remarks "
                        "seriously"
                    ),
                    "correct": True,
                    "feedback": (
                        "First: everything starts with taking what you see and hear seriously."
                    ),
                },
                {
                    "key": "c",
                    "text": "Talk: if it is safe, talk to the person alone, calmly and openly",
                    "correct": True,
                    "feedback": (
                        "Second: say what you have noticed and ask openly, without promising "
                        "secrecy."
                    ),
                },
                {
                    "key": "e",
                    "text": "Document: write down facts and exact words the same day",
                    "correct": True,
                    "feedback": "Third: facts first, with your interpretation kept apart.",
                },
                {
                    "key": "d",
                    "text": "Act promptly: pass the suspicion on and agree who does what",
                    "correct": True,
                    "feedback": (
                        "Fourth: the suspicion must leave your desk promptly — at once if "
                        "someone is in acute danger."
                    ),
                },
                {
                    "key": "a",
                    "text": (
                        "Contact: follow your local procedure — manager, violence contact, "
                        "municipality, police"
                    ),
                    "correct": True,
                    "feedback": "Last: the card ends with whom to contact.",
                },
            ],
        },
        "da": {
            "prompt": (
                "Sæt trinene på handlekortet »Ved mistanke om vold« i den rigtige rækkefølge."
            ),
            "explanation": (
                "Handlekortet lyder: Læg mærke til det, du ser og hører; tal med personen alene, "
                "hvis det er sikkert; dokumentér fakta samme dag; handl straks ved at give "
                "mistanken videre (handleplanen foreslår 48 timer som yderste frist); og vid, hvem "
                "du skal kontakte efter den lokale "
                "procedure."
            ),
            "options": [
                {
                    "key": "b",
                    "text": (
                        "Læg mærke til: Tag skader, frygt, ændret adfærd og bekymrende udsagn "
                        "alvorligt"
                    ),
                    "correct": True,
                    "feedback": (
                        "Først: Alt begynder med, at du tager det, du ser og hører, alvorligt."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Tal med personen: Hvis det er sikkert, så tal med personen alene, roligt "
                        "og åbent"
                    ),
                    "correct": True,
                    "feedback": (
                        "Dernæst: Sig, hvad du har lagt mærke til, og spørg åbent uden at love "
                        "hemmeligholdelse."
                    ),
                },
                {
                    "key": "e",
                    "text": "Dokumentér: Skriv fakta og de præcise ord ned samme dag",
                    "correct": True,
                    "feedback": "Tredje: Fakta først, og dine tolkninger holdes adskilt.",
                },
                {
                    "key": "d",
                    "text": ("Handl straks: Giv mistanken videre, og aftal, hvem der gør hvad"),
                    "correct": True,
                    "feedback": (
                        "Fjerde: Mistanken skal hurtigt videre fra dit skrivebord — med det "
                        "samme, hvis nogen er i akut fare."
                    ),
                },
                {
                    "key": "a",
                    "text": (
                        "Hvem skal kontaktes: Følg den lokale procedure — leder, voldskontakt, "
                        "kommune, politi"
                    ),
                    "correct": True,
                    "feedback": "Til sidst: Kortet slutter med, hvem du skal kontakte.",
                },
            ],
        },
    },
    {
        "key": "dta-48h-1",
        "type": "single",
        "tags": {"module": "duty-to-act", "topic": "48-hours", "sectors": []},
        "en": {
            "prompt": (
                "The Danish action plan proposes a duty to act within 48 hours on suspicion of "
                "violence. What does acting mean?"
            ),
            "explanation": (
                "Acting does not mean solving the case, confronting anyone or being certain. It "
                "means that the first concrete step is taken: the suspicion leaves your desk and "
                "reaches someone who can do something with it — your manager or the appointed "
                "colleague, the municipality through a report of concern, or the unit that "
                "assesses risk."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "You must establish within 48 hours whether violence has actually happened"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Establishing what happened is the task of the police, the "
                        "municipality and the courts. Waiting for certainty makes help come too "
                        "late."
                    ),
                },
                {
                    "key": "b",
                    "text": "You must confront the suspected person within 48 hours",
                    "correct": False,
                    "feedback": (
                        "No. Confronting the person using violence can increase the danger and "
                        "is not part of your role."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "The first concrete step is taken: the suspicion reaches someone who can "
                        "act on it, such as your manager or the municipality"
                    ),
                    "correct": True,
                    "feedback": "Correct. The point is that the suspicion does not stay with you.",
                },
                {
                    "key": "d",
                    "text": "You have 48 hours to see whether more signs appear before you decide",
                    "correct": False,
                    "feedback": (
                        "No. The 48 hours are a maximum for the first step, not a waiting "
                        "period for more evidence."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Handleplanen foreslår en pligt til at handle inden for 48 timer ved mistanke om "
                "vold. Hvad betyder det at handle?"
            ),
            "explanation": (
                "At handle betyder ikke, at du skal løse sagen, konfrontere nogen eller være "
                "sikker. Det betyder, at det første konkrete skridt bliver taget: Mistanken "
                "forlader dit skrivebord og når frem til nogen, der kan gøre noget ved den — din "
                "leder eller den udpegede kollega, kommunen via en underretning eller den "
                "enhed, der vurderer risikoen."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Du skal inden for 48 timer fastslå, om der faktisk har været vold",
                    "correct": False,
                    "feedback": (
                        "Nej. At fastslå, hvad der er sket, er politiets, kommunens og "
                        "domstolenes opgave. At vente på vished får hjælpen til at komme for sent."
                    ),
                },
                {
                    "key": "b",
                    "text": "Du skal konfrontere den mistænkte inden for 48 timer",
                    "correct": False,
                    "feedback": (
                        "Nej. At konfrontere den voldsudøvende kan øge faren og er ikke en del af "
                        "din rolle."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Det første konkrete skridt bliver taget: Mistanken når frem til nogen, "
                        "der kan handle på den, fx din leder eller kommunen"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Pointen er, at mistanken ikke bliver hos dig.",
                },
                {
                    "key": "d",
                    "text": (
                        "Du har 48 timer til at se, om der kommer flere tegn, før du beslutter dig"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. De 48 timer er en maksimal frist for det første skridt, ikke en "
                        "ventetid, hvor man samler beviser."
                    ),
                },
            ],
        },
    },
    {
        "key": "dta-48h-2",
        "type": "multiple",
        "tags": {"module": "duty-to-act", "topic": "acute-danger", "sectors": []},
        "en": {
            "prompt": (
                "In which of these situations must you act at once, by calling 112 or the "
                "municipality's on-call service, rather than pass the concern on through "
                "your manager? Choose all that apply."
            ),
            "explanation": (
                "The 48 hours proposed in the Danish action plan are an outer limit, not a waiting "
                "period. Act at once when someone is in acute danger: call 112, or for a child "
                "who cannot go home the municipality's on-call service (døgnvagt), when there are "
                "threats to kill, the person using violence is on the way or "
                "present, someone has been strangled or seriously injured, or a child is afraid "
                "to go home and the fear seems well founded. A worrying remark with no sign of "
                "immediate danger is passed on promptly through your manager, with a report of "
                "concern sent without delay if a child may be affected."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "A citizen remarks that she “keeps the kids quiet when he's in a mood” "
                        "and changes the subject; there is no sign of immediate danger"
                    ),
                    "correct": False,
                    "feedback": (
                        "Not an emergency call. This is a reason for concern: document it, talk "
                        "to your manager the same day and send a report of concern without "
                        "delay."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "A patient says her partner squeezed her throat an hour ago and she "
                        "briefly blacked out"
                    ),
                    "correct": True,
                    "feedback": "Correct. Recent strangulation is acute danger.",
                },
                {
                    "key": "c",
                    "text": (
                        "A nine-year-old is terrified to go home and describes his father "
                        "beating his mother this morning"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. A child who is afraid to go home, for reasons that seem well "
                        "founded, is in acute danger: call the municipality's on-call service, "
                        "or 112, at once, and do not send the child home."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "A woman says her ex-partner has threatened to kill her and is on his way "
                        "to her flat"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Threats to kill and an approaching abuser mean acute danger."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "I hvilke af disse situationer skal du handle straks og ringe 112 eller til "
                "kommunens døgnvagt i stedet for at give bekymringen videre via din leder? "
                "Vælg alle, der passer."
            ),
            "explanation": (
                "De 48 timer, som handleplanen foreslår, er en yderste frist, ikke en ventetid. "
                "Handl straks, når nogen er i akut fare: Ring 112 eller, for et barn, der ikke "
                "kan komme hjem, kommunens døgnvagt, når der er trusler om drab, den voldsudøvende "
                "er på vej eller til stede, "
                "nogen er blevet kvalt eller alvorligt skadet, eller et barn er bange for at gå "
                "hjem, og frygten virker velbegrundet. En bekymrende bemærkning uden tegn på "
                "umiddelbar fare gives hurtigt videre via din leder, og en underretning sendes "
                "uden ophold, hvis et barn kan være berørt."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "En borger bemærker, at hun »holder ungerne stille, når han er i det "
                        "humør«, og skifter emne; der er ingen tegn på umiddelbar fare"
                    ),
                    "correct": False,
                    "feedback": (
                        "Ikke et nødopkald. Det er grund til bekymring: Dokumentér, tal med din "
                        "leder samme dag, og send uden ophold en underretning."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "En patient fortæller, at partneren klemte om hendes hals for en time "
                        "siden, og at hun kortvarigt mistede bevidstheden"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Nylig kvælning er akut fare.",
                },
                {
                    "key": "c",
                    "text": (
                        "En niårig er rædselsslagen for at gå hjem og fortæller, at far tævede "
                        "mor i morges"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Et barn, der er bange for at gå hjem af grunde, der virker "
                        "velbegrundede, er i akut fare: Ring straks til kommunens døgnvagt "
                        "eller 112, og send ikke barnet hjem."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "En kvinde fortæller, at hendes tidligere partner har truet med at slå "
                        "hende ihjel og er på vej hen til hendes lejlighed"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Drabstrusler og en voldsudøvende på vej betyder akut fare."
                    ),
                },
            ],
        },
    },
    {
        "key": "dta-48h-3",
        "type": "true_false",
        "tags": {"module": "duty-to-act", "topic": "48-hours", "sectors": []},
        "en": {
            "prompt": (
                "True or false? Under the 48-hour duty that the Danish action plan proposes, a "
                "reasoned suspicion is enough: you do not wait until you are sure there is "
                "violence before you pass your concern on."
            ),
            "explanation": (
                "True. A reasoned suspicion is enough. Waiting for certainty is the most common "
                "reason that help comes too late; deciding what happened is the task of the "
                "police, the municipality and the courts."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "True",
                    "correct": True,
                    "feedback": "Correct. A reasoned suspicion is enough to act.",
                },
                {
                    "key": "false",
                    "text": "False",
                    "correct": False,
                    "feedback": (
                        "Not so. You do not need proof or certainty — only a reasoned suspicion."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Sandt eller falsk? Med den handlepligt inden for 48 timer, som handleplanen "
                "foreslår, er en begrundet mistanke nok: Du venter ikke, til du er sikker på, "
                "at der er vold, før du giver din bekymring videre."
            ),
            "explanation": (
                "Sandt. En begrundet mistanke er nok. At vente på vished er den hyppigste grund "
                "til, at hjælpen kommer for sent; det er politiets, kommunens og domstolenes "
                "opgave at afgøre, hvad der er sket."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "Sandt",
                    "correct": True,
                    "feedback": "Rigtigt. En begrundet mistanke er nok til at handle.",
                },
                {
                    "key": "false",
                    "text": "Falsk",
                    "correct": False,
                    "feedback": (
                        "Nej. Du behøver ikke beviser eller vished — kun en begrundet mistanke."
                    ),
                },
            ],
        },
    },
    {
        "key": "dta-doc-1",
        "type": "single",
        "tags": {"module": "duty-to-act", "topic": "documenting-facts", "sectors": ["daycare"]},
        "en": {
            "prompt": "Which of these notes in a daycare's record system is written best?",
            "explanation": (
                "A good note answers what, when, who and the exact words: the date and time, "
                "the question asked, the child's own words in quotation marks, who was present "
                "and whom you have informed. Conclusions such as “the father is violent” or "
                "“traumatised” do not belong in the description, and details left to memory "
                "are quickly lost."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Oskar is clearly traumatised. The father is violent towards the mother."
                    ),
                    "correct": False,
                    "feedback": (
                        "No. These are conclusions, not observations. Describe behaviour and "
                        "words, and put your assessment in a separate, labelled paragraph."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Oskar said something worrying about his dad today. Will remember the "
                        "details."
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Memory changes quickly, especially exact wording. Write the words "
                        "down the same day."
                    ),
                },
                {
                    "key": "c",
                    "text": "Suspected domestic violence in Oskar's family. Concern noted.",
                    "correct": False,
                    "feedback": (
                        "No. The note has no date, no observation and no words, so nobody else "
                        "can assess the concern."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "12 March, 10:15. Asked Oskar (4) what he had drawn. He said: “Daddy "
                        "threw the plate and Mummy hid in the bathroom.” Colleague present. "
                        "Informed manager 11:00."
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Time, question, exact words, who was present and whom you "
                        "informed — others can assess it for themselves."
                    ),
                },
            ],
        },
        "da": {
            "prompt": "Hvilket af disse notater i dagtilbuddets journalsystem er bedst skrevet?",
            "explanation": (
                "Et godt notat svarer på hvad, hvornår, hvem og de præcise ord: dato og "
                "klokkeslæt, det spørgsmål, der blev stillet, barnets egne ord i citationstegn, "
                "hvem der var til stede, og hvem du har orienteret. Konklusioner som »faren er "
                "voldelig« eller »traumatiseret« hører ikke hjemme i beskrivelsen, og detaljer, "
                "der overlades til hukommelsen, går hurtigt tabt."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Oskar er tydeligvis traumatiseret. Faren er voldelig over for moren.",
                    "correct": False,
                    "feedback": (
                        "Nej. Det er konklusioner, ikke iagttagelser. Beskriv adfærd og ord, og "
                        "skriv din vurdering i et særskilt, markeret afsnit."
                    ),
                },
                {
                    "key": "b",
                    "text": "Oskar sagde noget bekymrende om sin far i dag. Husker detaljerne.",
                    "correct": False,
                    "feedback": (
                        "Nej. Hukommelsen ændrer sig hurtigt, især ordlyden. Skriv ordene ned "
                        "samme dag."
                    ),
                },
                {
                    "key": "c",
                    "text": "Mistanke om vold i Oskars familie. Bekymring noteret.",
                    "correct": False,
                    "feedback": (
                        "Nej. Notatet har ingen dato, ingen iagttagelse og ingen ord, så ingen "
                        "andre kan vurdere bekymringen."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "12. marts kl. 10.15. Spurgte Oskar (4 år), hvad han havde tegnet. Han "
                        "sagde: »Far kastede med tallerkenen, og mor gemte sig på "
                        "badeværelset.« Kollega til stede. Orienterede leder kl. 11.00."
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Tidspunkt, spørgsmål, præcise ord, hvem der var til stede, og "
                        "hvem der er orienteret — andre kan selv vurdere det."
                    ),
                },
            ],
        },
    },
    {
        "key": "dta-doc-2",
        "type": "multiple",
        "tags": {"module": "duty-to-act", "topic": "documenting-facts", "sectors": []},
        "en": {
            "prompt": (
                "What belongs in a note about a worrying conversation? Choose all that apply."
            ),
            "explanation": (
                "Record the date and time, the person's exact words in quotation marks, the "
                "question you asked just before, who was present and whom you have informed "
                "since. Keep your own assessment in a separate, labelled paragraph. Never record "
                "a protected address or a shelter's location where the person using violence "
                "could see it, and do not mix conclusions into the description."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "The address of the shelter where the person now stays, so colleagues can "
                        "find her"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Records can be read by others, and a shelter's location must never "
                        "be recorded where the person using violence could see it."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "A clear conclusion in the description, such as “the husband is violent”"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. That is a conclusion. Describe what you saw and heard, and keep "
                        "interpretation apart."
                    ),
                },
                {
                    "key": "c",
                    "text": "Who was present, and whom you have informed since",
                    "correct": True,
                    "feedback": (
                        "Correct. Noting whom you informed also shows that you acted at once."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "The person's exact words in quotation marks, and the question you asked "
                        "just before"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. An answer can only be understood in the light of the question."
                    ),
                },
                {
                    "key": "e",
                    "text": "The date and time of the conversation, and when the note was written",
                    "correct": True,
                    "feedback": "Correct. “When” is one of the four questions a note must answer.",
                },
                {
                    "key": "f",
                    "text": "Your own assessment, in a separate paragraph labelled as such",
                    "correct": True,
                    "feedback": (
                        "Correct. Your judgement is valuable as long as it is kept apart from "
                        "the facts and says what it is based on."
                    ),
                },
            ],
        },
        "da": {
            "prompt": "Hvad hører med i et notat om en bekymrende samtale? Vælg alle, der passer.",
            "explanation": (
                "Notér dato og klokkeslæt, personens præcise ord i citationstegn, det spørgsmål, "
                "du stillede lige forinden, hvem der var til stede, og hvem du har orienteret "
                "siden. Skriv din egen vurdering i et særskilt, markeret afsnit. Skriv aldrig en "
                "beskyttet adresse eller et krisecenters beliggenhed et sted, hvor den "
                "voldsudøvende kan se den, og bland ikke konklusioner ind i beskrivelsen."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Adressen på det krisecenter, hvor personen nu bor, så kolleger kan finde "
                        "hende"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Journaler kan læses af andre, og et krisecenters beliggenhed må "
                        "aldrig skrives et sted, hvor den voldsudøvende kan se den."
                    ),
                },
                {
                    "key": "b",
                    "text": "En klar konklusion i beskrivelsen, fx »manden er voldelig«",
                    "correct": False,
                    "feedback": (
                        "Nej. Det er en konklusion. Beskriv, hvad du så og hørte, og hold "
                        "tolkningen for sig."
                    ),
                },
                {
                    "key": "c",
                    "text": "Hvem der var til stede, og hvem du har orienteret siden",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. At notere, hvem du orienterede, viser også, at du handlede "
                        "med det samme."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Personens præcise ord i citationstegn og det spørgsmål, du stillede lige "
                        "forinden"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Et svar kan kun forstås i lyset af spørgsmålet.",
                },
                {
                    "key": "e",
                    "text": "Dato og klokkeslæt for samtalen, og hvornår notatet blev skrevet",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. »Hvornår« er et af de fire spørgsmål, et notat skal besvare."
                    ),
                },
                {
                    "key": "f",
                    "text": (
                        "Din egen vurdering i et særskilt afsnit, der er markeret som vurdering"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Din vurdering er værdifuld, når den holdes adskilt fra fakta "
                        "og siger, hvad den bygger på."
                    ),
                },
            ],
        },
    },
    {
        "key": "dta-report-1",
        "type": "single",
        "tags": {"module": "duty-to-act", "topic": "reporting-concerns", "sectors": []},
        "en": {
            "prompt": (
                "You are concerned that a child lives with violence and tell your manager, who "
                "thinks the workplace should wait and see. What is your responsibility?"
            ),
            "explanation": (
                "The heightened duty to report rests on you personally. Involving your manager "
                "is good practice, and many workplaces let the manager send the report, but if "
                "the report is not sent you must make sure the municipality is told. Explain "
                "your concern and point out that a report of concern is sent without delay."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Explain your concern; if the report is still not sent, make sure the "
                        "municipality is told yourself — the duty is personal"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. You cannot hand the duty to someone else and consider it done."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "The duty passed to your manager when you told them, so you need do "
                        "nothing more"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. The heightened duty stays with you as an individual, even after "
                        "you have involved your manager."
                    ),
                },
                {
                    "key": "c",
                    "text": "Wait, since the manager is responsible for decisions in the workplace",
                    "correct": False,
                    "feedback": (
                        "No. The manager's view does not remove your personal duty, and waiting "
                        "conflicts with the duty to report without delay."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Talk to the child's parents first, to see if the concern can be resolved"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. When a parent is suspected of violence, informing the parents can "
                        "put the child and the other parent at risk."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Du er bekymret for, at et barn lever med vold, og fortæller det til din "
                "leder, som mener, at arbejdspladsen skal vente og se. Hvad er dit ansvar?"
            ),
            "explanation": (
                "Den skærpede underretningspligt påhviler dig personligt. Det er god praksis at "
                "inddrage din leder, og mange arbejdspladser lader lederen sende underretningen, "
                "men bliver den ikke sendt, skal du sørge for, at kommunen får besked. Forklar "
                "din bekymring, og påpeg, at en underretning skal sendes uden ophold."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Forklare din bekymring; bliver underretningen stadig ikke sendt, skal "
                        "du selv sørge for, at kommunen får besked — pligten er personlig"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Du kan ikke overdrage pligten til en anden og betragte sagen "
                        "som afsluttet."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Pligten gik over til din leder, da du fortalte det, så du skal ikke gøre "
                        "mere"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Den skærpede pligt bliver hos dig som person, også når du har "
                        "inddraget din leder."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Vente, fordi lederen har ansvaret for beslutningerne på arbejdspladsen"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Lederens holdning fjerner ikke din personlige pligt, og at vente "
                        "strider mod pligten til at underrette uden ophold."
                    ),
                },
                {
                    "key": "d",
                    "text": "Tale med barnets forældre først for at se, om bekymringen kan løses",
                    "correct": False,
                    "feedback": (
                        "Nej. Når en forælder er mistænkt for vold, kan det bringe barnet og den "
                        "anden forælder i fare at orientere forældrene."
                    ),
                },
            ],
        },
    },
    {
        "key": "dta-report-2",
        "type": "true_false",
        "tags": {"module": "duty-to-act", "topic": "reporting-concerns", "sectors": []},
        "en": {
            "prompt": (
                "True or false? A professional with the heightened duty to report must only "
                "report a concern about a child when they know that violence has taken place."
            ),
            "explanation": (
                "False. The threshold is concern, not certainty. You must report as soon as you "
                "have reason to believe that a child may need special support, and living with "
                "violence between the adults is such a reason."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "True",
                    "correct": False,
                    "feedback": (
                        "Not so. You do not have to know that violence has happened; a reason "
                        "for concern is enough."
                    ),
                },
                {
                    "key": "false",
                    "text": "False",
                    "correct": True,
                    "feedback": "Correct. The threshold is concern, not certainty.",
                },
            ],
        },
        "da": {
            "prompt": (
                "Sandt eller falsk? En fagperson med skærpet underretningspligt skal kun "
                "underrette om et barn, når vedkommende ved, at der har været vold."
            ),
            "explanation": (
                "Falsk. Tærsklen er bekymring, ikke vished. Du skal underrette, så snart du har "
                "grund til at antage, at et barn kan have behov for særlig støtte, og at leve med "
                "vold mellem de voksne er en sådan grund."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "Sandt",
                    "correct": False,
                    "feedback": (
                        "Nej. Du behøver ikke vide, at der har været vold; en grund til "
                        "bekymring er nok."
                    ),
                },
                {
                    "key": "false",
                    "text": "Falsk",
                    "correct": True,
                    "feedback": "Rigtigt. Tærsklen er bekymring, ikke vished.",
                },
            ],
        },
    },
    {
        "key": "dta-report-3",
        "type": "single",
        "tags": {"module": "duty-to-act", "topic": "reporting-concerns", "sectors": []},
        "en": {
            "prompt": (
                "You are about to send a report of concern about a child, and the father is the "
                "one suspected of violence. Should the parents be told first?"
            ),
            "explanation": (
                "Telling parents about a report is often good practice, but not when a parent is "
                "suspected of violence, or when telling them could put the child or the other "
                "parent at risk or harm the investigation. Send the report without informing "
                "the parents, and state in it that they have not been told and why. The "
                "municipality decides when and how the family is informed."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Yes. Parents must always be told before a report is sent",
                    "correct": False,
                    "feedback": (
                        "No. There is no such rule, and informing a suspected parent can put the "
                        "child and the other parent at risk."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "No. Send the report without informing the parents, and state in the "
                        "report that they have not been told and why"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. The child's safety comes first, and the municipality decides "
                        "how the family is involved."
                    ),
                },
                {
                    "key": "c",
                    "text": "Tell only the father, so that he has a chance to explain",
                    "correct": False,
                    "feedback": (
                        "No. This can lead to pressure on the child to withdraw what was said, "
                        "and to reprisals."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Ask the mother to tell the father, so that the daycare or school stays "
                        "neutral"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. This puts the mother, who may herself be a victim, in danger."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Du skal til at sende en underretning om et barn, og det er faren, der er "
                "mistænkt for vold. Skal forældrene orienteres først?"
            ),
            "explanation": (
                "Det er ofte god praksis at orientere forældrene om en underretning, men ikke, "
                "når en forælder er mistænkt for vold, eller når det kan bringe barnet eller den "
                "anden forælder i fare eller skade undersøgelsen. Send underretningen uden at "
                "orientere forældrene, og skriv i den, at de ikke er orienteret, og hvorfor. "
                "Kommunen beslutter, hvornår og hvordan familien orienteres."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Ja. Forældre skal altid orienteres, før der sendes en underretning",
                    "correct": False,
                    "feedback": (
                        "Nej. Der er ingen sådan regel, og at orientere en mistænkt forælder kan "
                        "bringe barnet og den anden forælder i fare."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Nej. Send underretningen uden at orientere forældrene, og skriv i den, "
                        "at de ikke er orienteret, og hvorfor"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Barnets sikkerhed kommer først, og kommunen beslutter, hvordan "
                        "familien inddrages."
                    ),
                },
                {
                    "key": "c",
                    "text": "Orientere faren alene, så han får mulighed for at forklare sig",
                    "correct": False,
                    "feedback": (
                        "Nej. Det kan føre til pres på barnet for at trække det sagte tilbage og "
                        "til repressalier."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Bede moren om at fortælle det til faren, så dagtilbuddet eller skolen "
                        "forbliver neutral"
                    ),
                    "correct": False,
                    "feedback": ("Nej. Det bringer moren, som selv kan være voldsudsat, i fare."),
                },
            ],
        },
    },
    {
        "key": "dta-share-1",
        "type": "multiple",
        "tags": {"module": "duty-to-act", "topic": "sharing-knowledge", "sectors": []},
        "en": {
            "prompt": (
                "Which statements about sharing information on violence between authorities "
                "reflect the general principles in the course? Choose all that apply."
            ),
            "explanation": (
                "Consent is the starting point for an adult, but there are exceptions: the duty "
                "to report concerns about children applies without the parents' consent, and "
                "information may be passed on without consent where necessary to prevent "
                "serious danger to life or health. Share only what is necessary, securely, and "
                "never anything that reveals where a person in hiding lives."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Share what is necessary for the purpose, accurately and securely",
                    "correct": True,
                    "feedback": "Correct. Relevant, accurate and no more than needed.",
                },
                {
                    "key": "b",
                    "text": (
                        "Give the person's new address to every service involved, so that they "
                        "can coordinate"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Never share information that reveals where a person lives if they "
                        "are hiding from the person using violence."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Information about an adult may never be shared without written consent"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. There are exceptions, for example to protect children or to prevent "
                        "serious danger to life or health."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "The duty to report concerns about children applies without the parents' "
                        "consent"
                    ),
                    "correct": True,
                    "feedback": "Correct. This is one of the exceptions to consent.",
                },
                {
                    "key": "e",
                    "text": (
                        "Information may be shared without consent when necessary to prevent "
                        "serious danger to someone's life or health"
                    ),
                    "correct": True,
                    "feedback": "Correct. Serious danger is another exception.",
                },
                {
                    "key": "f",
                    "text": (
                        "Consent is the starting point when you want to share information about an "
                        "adult"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Explain what you want to share, with whom and why, and respect "
                        "the answer where you can."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Hvilke udsagn om at dele oplysninger om vold mellem myndigheder afspejler "
                "kursets generelle principper? Vælg alle, der passer."
            ),
            "explanation": (
                "Samtykke er udgangspunktet for voksne, men der er undtagelser: "
                "Underretningspligten om børn gælder uden forældrenes samtykke, og oplysninger "
                "kan videregives uden samtykke, når det er nødvendigt for at afværge alvorlig "
                "fare for liv eller helbred. Del kun det nødvendige, sikkert, og aldrig noget, "
                "der afslører, hvor en person i skjul bor."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Del det, der er nødvendigt for formålet, korrekt og sikkert",
                    "correct": True,
                    "feedback": "Rigtigt. Relevant, korrekt og ikke mere end nødvendigt.",
                },
                {
                    "key": "b",
                    "text": (
                        "Give personens nye adresse til alle involverede instanser, så de kan "
                        "koordinere"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Del aldrig oplysninger, der afslører, hvor personen bor, hvis "
                        "vedkommende skjuler sig for den voldsudøvende."
                    ),
                },
                {
                    "key": "c",
                    "text": "Oplysninger om en voksen må aldrig deles uden skriftligt samtykke",
                    "correct": False,
                    "feedback": (
                        "Nej. Der er undtagelser, fx for at beskytte børn eller afværge alvorlig "
                        "fare for liv eller helbred."
                    ),
                },
                {
                    "key": "d",
                    "text": "Underretningspligten om børn gælder uden forældrenes samtykke",
                    "correct": True,
                    "feedback": "Rigtigt. Det er en af undtagelserne fra samtykke.",
                },
                {
                    "key": "e",
                    "text": (
                        "Oplysninger kan deles uden samtykke, når det er nødvendigt for at "
                        "afværge alvorlig fare for nogens liv eller helbred"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Alvorlig fare er en anden undtagelse.",
                },
                {
                    "key": "f",
                    "text": "Samtykke er udgangspunktet, når du vil dele oplysninger om en voksen",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Forklar, hvad du vil dele, med hvem og hvorfor, og respektér "
                        "svaret, hvor du kan."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    # children-exposed-to-violence
    # ------------------------------------------------------------------------------------------
    {
        "key": "cev-victims-1",
        "type": "true_false",
        "tags": {
            "module": "children-exposed-to-violence",
            "topic": "children-are-victims",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "True or false? A child who lives with violence between the adults is exposed to "
                "violence, even if the child has never been hit."
            ),
            "explanation": (
                "True. The course calls such children victims, not witnesses: the violence is "
                "directed at the person the child depends on, in the place that should be "
                "safest, and it shapes the child's everyday life. You do not have to suspect that "
                "the child has been hit to be concerned for the child."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "True",
                    "correct": True,
                    "feedback": (
                        "Correct. Children who live with violence are victims, not witnesses."
                    ),
                },
                {
                    "key": "false",
                    "text": "False",
                    "correct": False,
                    "feedback": (
                        "Not so. Living with violence between the adults is in itself harmful, "
                        "and is reason enough for concern."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Sandt eller falsk? Et barn, der lever med vold mellem de voksne, er udsat for "
                "vold, også selv om barnet aldrig er blevet slået."
            ),
            "explanation": (
                "Sandt. Kurset kalder disse børn ofre, ikke vidner: Volden er rettet mod den, "
                "barnet er afhængigt af, den sker dér, hvor barnet burde være mest trygt, og den "
                "præger barnets hverdag. Du behøver ikke mistænke, at barnet er blevet slået, for "
                "at være bekymret for barnet."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "Sandt",
                    "correct": True,
                    "feedback": "Rigtigt. Børn, der lever med vold, er ofre, ikke vidner.",
                },
                {
                    "key": "false",
                    "text": "Falsk",
                    "correct": False,
                    "feedback": (
                        "Nej. At leve med vold mellem de voksne er i sig selv skadeligt og grund "
                        "nok til bekymring."
                    ),
                },
            ],
        },
    },
    {
        "key": "cev-victims-2",
        "type": "multiple",
        "tags": {
            "module": "children-exposed-to-violence",
            "topic": "children-are-victims",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "How do children live with violence between the adults at home, according to "
                "children's own accounts? Choose all that apply."
            ),
            "explanation": (
                "Children hear the violence through walls and doors, see it or its traces, sense "
                "the tension and learn to read the moods of the adult who uses violence, act to "
                "stop it or protect siblings, and are drawn into the control. The belief that "
                "children do not notice because they are asleep or in another room is contradicted "
                "by their own accounts."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "They hear shouting, threats and blows through walls and doors",
                    "correct": True,
                    "feedback": "Correct. Being in another room does not protect the child.",
                },
                {
                    "key": "b",
                    "text": (
                        "They are asked to report on the other parent or told the violence is "
                        "their fault"
                    ),
                    "correct": True,
                    "feedback": "Correct. Children are often drawn into the control.",
                },
                {
                    "key": "c",
                    "text": "They learn to read the mood of the adult who uses violence",
                    "correct": True,
                    "feedback": (
                        "Correct. Children sense the tension before and after, and adapt to it."
                    ),
                },
                {
                    "key": "d",
                    "text": "They are usually unaware of it if it happens while they are asleep",
                    "correct": False,
                    "feedback": (
                        "No. This is a common adult belief that children's own accounts contradict."
                    ),
                },
                {
                    "key": "e",
                    "text": "They try to stop it, call for help or protect younger siblings",
                    "correct": True,
                    "feedback": (
                        "Correct. Many children act, and some are hurt when they intervene."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Hvordan lever børn med vold mellem de voksne i hjemmet ifølge børnenes egne "
                "beretninger? Vælg alle, der passer."
            ),
            "explanation": (
                "Børn hører volden gennem vægge og døre, ser den eller sporene efter den, "
                "fornemmer spændingen og lærer at aflæse humøret hos den voksne, der udøver "
                "vold, handler for at stoppe den eller beskytte søskende og bliver trukket ind i "
                "kontrollen. Forestillingen om, at børn ikke opdager noget, fordi de sover eller "
                "er i et andet rum, modsiges af deres egne beretninger."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "De hører råb, trusler og slag gennem vægge og døre",
                    "correct": True,
                    "feedback": "Rigtigt. At være i et andet rum beskytter ikke barnet.",
                },
                {
                    "key": "b",
                    "text": (
                        "De bliver bedt om at holde øje med den anden forælder eller får at vide, "
                        "at volden er deres skyld"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Børn bliver ofte trukket ind i kontrollen.",
                },
                {
                    "key": "c",
                    "text": "De lærer at aflæse humøret hos den voksne, der udøver vold",
                    "correct": True,
                    "feedback": "Rigtigt. Børn fornemmer spændingen før og efter og tilpasser sig.",
                },
                {
                    "key": "d",
                    "text": "De opdager det som regel ikke, hvis det sker, mens de sover",
                    "correct": False,
                    "feedback": (
                        "Nej. Det er en udbredt forestilling blandt voksne, som børnenes egne "
                        "beretninger modsiger."
                    ),
                },
                {
                    "key": "e",
                    "text": (
                        "De prøver at stoppe det, tilkalde hjælp eller beskytte mindre søskende"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Mange børn handler, og nogle kommer selv til skade, når de "
                        "griber ind."
                    ),
                },
            ],
        },
    },
    {
        "key": "cev-age-1",
        "type": "single",
        "tags": {
            "module": "children-exposed-to-violence",
            "topic": "signs-by-age",
            "sectors": ["daycare"],
        },
        "en": {
            "prompt": (
                "Which group of signs does the course describe as typical of preschool children "
                "(3-5 years) who live with violence?"
            ),
            "explanation": (
                "Preschool children often show regression (wetting after being dry, baby talk), "
                "strong separation anxiety, aggression towards other children, and play or "
                "drawings in which violence is acted out. The other groups describe infants, "
                "school-age children and teenagers."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Feeding problems, being hard to comfort, little exploration",
                    "correct": False,
                    "feedback": "No. These are described for infants and toddlers (0-2 years).",
                },
                {
                    "key": "b",
                    "text": "Falling grades, absence and not wanting to go home",
                    "correct": False,
                    "feedback": "No. These are typical of school-age children (6-12 years).",
                },
                {
                    "key": "c",
                    "text": (
                        "Wetting again after being dry, strong separation anxiety, violent scenes "
                        "in play"
                    ),
                    "correct": True,
                    "feedback": "Correct. These are typical preschool signs.",
                },
                {
                    "key": "d",
                    "text": "Self-harm, substance use and controlling first relationships",
                    "correct": False,
                    "feedback": "No. These are described for teenagers (13-17 years).",
                },
            ],
        },
        "da": {
            "prompt": (
                "Hvilken gruppe af tegn beskriver kurset som typisk for børn i førskolealderen "
                "(3-5 år), der lever med vold?"
            ),
            "explanation": (
                "Børn i førskolealderen viser ofte regression (tisser i bukserne igen, "
                "babysprog), stærk separationsangst, aggression mod andre børn og leg eller "
                "tegninger, hvor vold spilles ud. De andre grupper beskriver spædbørn, skolebørn "
                "og teenagere."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Spiseproblemer, svær at trøste, udforsker kun lidt",
                    "correct": False,
                    "feedback": "Nej. Det beskrives for spædbørn og småbørn (0-2 år).",
                },
                {
                    "key": "b",
                    "text": "Faldende karakterer, fravær og ikke lyst til at gå hjem",
                    "correct": False,
                    "feedback": "Nej. Det er typisk for skolebørn (6-12 år).",
                },
                {
                    "key": "c",
                    "text": (
                        "Tisser i bukserne igen efter at have været tør, stærk separationsangst, "
                        "vold i legen"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Det er typiske tegn i førskolealderen.",
                },
                {
                    "key": "d",
                    "text": "Selvskade, rusmidler og kontrollerende første kæresteforhold",
                    "correct": False,
                    "feedback": "Nej. Det beskrives for teenagere (13-17 år).",
                },
            ],
        },
    },
    {
        "key": "cev-age-2",
        "type": "multiple",
        "tags": {
            "module": "children-exposed-to-violence",
            "topic": "signs-by-age",
            "sectors": ["school"],
        },
        "en": {
            "prompt": (
                "A 15-year-old pupil tells you she can't join the class trip because she has to "
                "“keep an eye on Mum”. What should you do? Choose all that apply."
            ),
            "explanation": (
                "The young person may have taken on a protective role because a parent is "
                "exposed to violence. Acknowledge her worry and ask what she is afraid might "
                "happen, do not promise secrecy, and discuss a report of concern with your "
                "manager. Dismissing the worry or contacting a parent you may be worried about "
                "does not help her and can increase the risk."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Phone her father to find out what is going on at home",
                    "correct": False,
                    "feedback": (
                        "No. If a parent uses violence, contacting them can put the pupil and "
                        "her mother at risk."
                    ),
                },
                {
                    "key": "b",
                    "text": "Discuss with your manager whether a report of concern is needed",
                    "correct": True,
                    "feedback": (
                        "Correct. A young person carrying adult worries for a parent is a reason "
                        "for concern."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Tell her it is not her business to worry about adult matters, and move on"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Dismissing her worry closes the door; the worry may be well founded."
                    ),
                },
                {
                    "key": "d",
                    "text": "Acknowledge her worry and ask what she is afraid might happen",
                    "correct": True,
                    "feedback": (
                        "Correct. An open question about her fear lets her explain in her own "
                        "words."
                    ),
                },
                {
                    "key": "e",
                    "text": "Be honest that you cannot promise to keep what she tells you secret",
                    "correct": True,
                    "feedback": "Correct. Never promise secrecy; explain what you will do instead.",
                },
            ],
        },
        "da": {
            "prompt": (
                "En elev på 15 år fortæller dig, at hun ikke kan komme med på klasseturen, fordi "
                "hun skal »holde øje med mor«. Hvad skal du gøre? Vælg alle, der passer."
            ),
            "explanation": (
                "Den unge kan have påtaget sig en beskytterrolle, fordi en forælder er udsat for "
                "vold. Anerkend hendes bekymring, og spørg, hvad hun er bange for, der kan ske, "
                "lov ikke hemmeligholdelse, og drøft en underretning med din leder. At afvise "
                "bekymringen eller kontakte en forælder, du måske er bekymret for, hjælper ikke "
                "hende og kan øge risikoen."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Ringe til hendes far for at finde ud af, hvad der foregår derhjemme",
                    "correct": False,
                    "feedback": (
                        "Nej. Hvis en forælder udøver vold, kan kontakt til vedkommende bringe "
                        "eleven og hendes mor i fare."
                    ),
                },
                {
                    "key": "b",
                    "text": "Drøfte med din leder, om der skal sendes en underretning",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. En ung, der bærer voksenbekymringer for en forælder, giver "
                        "grund til bekymring."
                    ),
                },
                {
                    "key": "c",
                    "text": "Sige, at hun ikke skal bekymre sig om voksenting, og gå videre",
                    "correct": False,
                    "feedback": (
                        "Nej. At afvise bekymringen lukker døren; bekymringen kan være "
                        "velbegrundet."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Anerkende hendes bekymring og spørge, hvad hun er bange for, der kan ske"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Et åbent spørgsmål om hendes frygt lader hende forklare med "
                        "egne ord."
                    ),
                },
                {
                    "key": "e",
                    "text": (
                        "Være ærlig om, at du ikke kan love at holde det, hun fortæller, hemmeligt"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Lov aldrig hemmeligholdelse; forklar i stedet, hvad du vil gøre."
                    ),
                },
            ],
        },
    },
    {
        "key": "cev-talk-1",
        "type": "single",
        "tags": {
            "module": "children-exposed-to-violence",
            "topic": "talking-with-children",
            "sectors": ["school"],
        },
        "en": {
            "prompt": (
                "Emil, 8, has been quiet and tired for weeks. He tells his teacher: “At home we "
                "have to be really quiet when Dad comes home, or Mum gets in trouble.” Which "
                "response is best?"
            ),
            "explanation": (
                "Open questions such as “Tell me more about that” let the child use his own "
                "words. “Does Dad hit Mum?” is leading: it suggests an answer, and a loyal, "
                "frightened child may deny it and close up. Detailed interviews belong to "
                "specially trained staff; the teacher should listen, write down Emil's exact "
                "words and act on the duty to report."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "“Does Dad hit Mum when she gets in trouble?”",
                    "correct": False,
                    "feedback": (
                        "No. This is leading and can make Emil deny it, and it may make a later "
                        "investigation harder."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "“What exactly did Dad do, and when did it happen? Tell me everything.”"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Questioning a child in detail is not your task; it belongs to "
                        "specially trained staff."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "“I'm sure your mum and dad just had a bad day. Let's get back to maths.”"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Brushing it aside tells Emil that this cannot be talked about."
                    ),
                },
                {
                    "key": "d",
                    "text": "“Tell me more about having to be quiet when Dad comes home.”",
                    "correct": True,
                    "feedback": "Correct. An open invitation that follows Emil's own words.",
                },
            ],
        },
        "da": {
            "prompt": (
                "Emil på 8 år har i flere uger været stille og træt. Han siger til sin lærer: "
                "»Derhjemme skal vi være helt stille, når far kommer hjem, ellers får mor "
                "ballade.« "
                "Hvilket svar er bedst?"
            ),
            "explanation": (
                "Åbne spørgsmål som »Fortæl mig mere om det« lader barnet bruge sine egne ord. "
                "»Slår far mor?« er ledende: Det foreslår et svar, og et loyalt og bange barn kan "
                "benægte det og lukke af. Detaljerede samtaler hører til hos særligt uddannede "
                "medarbejdere; læreren skal lytte, skrive Emils præcise ord ned og handle efter "
                "underretningspligten."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "»Slår far mor, når hun får ballade?«",
                    "correct": False,
                    "feedback": (
                        "Nej. Det er ledende og kan få Emil til at benægte det, og det kan gøre "
                        "en senere undersøgelse vanskeligere."
                    ),
                },
                {
                    "key": "b",
                    "text": "»Hvad gjorde far præcis, og hvornår skete det? Fortæl mig det hele.«",
                    "correct": False,
                    "feedback": (
                        "Nej. Det er ikke din opgave at udspørge et barn i detaljer; det hører "
                        "til hos særligt uddannede medarbejdere."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "»Din mor og far har sikkert bare haft en dårlig dag. Lad os komme videre "
                        "med matematik.«"
                    ),
                    "correct": False,
                    "feedback": "Nej. At feje det af bord fortæller Emil, at det ikke må tales om.",
                },
                {
                    "key": "d",
                    "text": "»Fortæl mig mere om, at I skal være stille, når far kommer hjem.«",
                    "correct": True,
                    "feedback": "Rigtigt. En åben invitation, der følger Emils egne ord.",
                },
            ],
        },
    },
    {
        "key": "cev-talk-2",
        "type": "single",
        "tags": {
            "module": "children-exposed-to-violence",
            "topic": "talking-with-children",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "After telling you about shouting and things being thrown at home, a six-year-old "
                "says: “Don't tell Dad I said it.” What should you say?"
            ),
            "explanation": (
                "Do not promise secrecy, and do not promise more than you can keep. Say kindly "
                "that it was good the child told you and that it is not the child's fault, and "
                "explain honestly that you need to tell another grown-up whose job is to help "
                "children. A broken promise hurts a child's trust more than an honest answer."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "“It was good that you told me, and it's not your fault. I can't keep it "
                        "a secret: I need to tell a grown-up whose job is to help children.”"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Honest, reassuring and without a promise you cannot keep."
                    ),
                },
                {
                    "key": "b",
                    "text": "“I promise I won't tell anyone. It's our secret.”",
                    "correct": False,
                    "feedback": (
                        "No. You will have to pass it on, and a broken promise damages the "
                        "child's trust in adults."
                    ),
                },
                {
                    "key": "c",
                    "text": "Promise to keep it secret now, and explain later why you had to tell",
                    "correct": False,
                    "feedback": (
                        "No. Making a promise you know you will break is worse than being honest "
                        "from the start."
                    ),
                },
                {
                    "key": "d",
                    "text": "“I'll have to talk to your dad about this so we can sort it out.”",
                    "correct": False,
                    "feedback": (
                        "No. Do not inform or confront the suspected parent; it can put the child "
                        "and the other parent at risk."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Efter at have fortalt om råb og ting, der bliver kastet derhjemme, siger en "
                "seksårig: »Du må ikke sige til far, at jeg har sagt det.« Hvad skal du svare?"
            ),
            "explanation": (
                "Lov ikke hemmeligholdelse, og lov ikke mere, end du kan holde. Sig venligt, at "
                "det var godt, at barnet fortalte det, og at det ikke er barnets skyld, og "
                "forklar ærligt, at du er nødt til at fortælle det til en anden voksen, hvis "
                "arbejde er at hjælpe børn. Et brudt løfte skader barnets tillid mere end et "
                "ærligt svar."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "»Det var godt, at du fortalte mig det, og det er ikke din skyld. Jeg kan "
                        "ikke holde det hemmeligt: Jeg skal fortælle det til en voksen, "
                        "hvis arbejde er at hjælpe børn.«"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Ærligt, trygt og uden et løfte, du ikke kan holde.",
                },
                {
                    "key": "b",
                    "text": (
                        "»Jeg lover, at jeg ikke siger det til nogen. Det er vores hemmelighed.«"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Du bliver nødt til at give det videre, og et brudt løfte skader "
                        "barnets tillid til voksne."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Love at holde det hemmeligt nu og forklare senere, hvorfor du var nødt "
                        "til at sige det"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. At give et løfte, du ved, du vil bryde, er værre end at være ærlig "
                        "fra starten."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "»Jeg bliver nødt til at tale med din far om det, så vi kan få det løst.«"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Orientér eller konfrontér ikke den mistænkte forælder; det kan "
                        "bringe barnet og den anden forælder i fare."
                    ),
                },
            ],
        },
    },
    {
        "key": "cev-talk-order-1",
        "type": "ordering",
        "tags": {
            "module": "children-exposed-to-violence",
            "topic": "talking-with-children",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "A child gives you a hint about violence at home while drawing. Put these steps "
                "in the order the course recommends."
            ),
            "explanation": (
                "Start with an open invitation that follows the child's lead. Repeat the child's "
                "own words and ask openly, without adding anything. Then thank the child, say "
                "it is not their fault, and be honest that you will need to tell another adult "
                "who helps children. Afterwards write down the child's words exactly, and then "
                "act according to the duty to report."
            ),
            "options": [
                {
                    "key": "d",
                    "text": "Sit beside the child and invite them to tell you about the drawing",
                    "correct": True,
                    "feedback": "First: an open invitation lets the child decide what to say.",
                },
                {
                    "key": "b",
                    "text": (
                        "Repeat the child's own words and ask an open question such as “What "
                        "happens then?”"
                    ),
                    "correct": True,
                    "feedback": "Second: follow the child's words without adding to them.",
                },
                {
                    "key": "c",
                    "text": (
                        "Thank the child, say it is not their fault, and explain that you need "
                        "to tell a grown-up who helps children"
                    ),
                    "correct": True,
                    "feedback": (
                        "Third: relieve the child of blame, and be honest instead of promising "
                        "secrecy."
                    ),
                },
                {
                    "key": "a",
                    "text": "Write down what the child said, word for word, and what you asked",
                    "correct": True,
                    "feedback": (
                        "Fourth: record the exact words the same day, while you remember them."
                    ),
                },
                {
                    "key": "e",
                    "text": (
                        "Act on the duty to report: talk to your manager and send a report of "
                        "concern"
                    ),
                    "correct": True,
                    "feedback": ("Last: the concern must reach the municipality without delay."),
                },
            ],
        },
        "da": {
            "prompt": (
                "Et barn giver dig et hint om vold derhjemme, mens det tegner. Sæt disse trin i "
                "den rækkefølge, kurset anbefaler."
            ),
            "explanation": (
                "Begynd med en åben invitation, der følger barnets spor. Gentag barnets egne ord, "
                "og spørg åbent uden at tilføje noget. Tak derefter barnet, sig, at det ikke er "
                "barnets skyld, og vær ærlig om, at du skal fortælle det til en anden voksen, der "
                "hjælper børn. Skriv bagefter barnets ord ned ordret, og handl så efter "
                "underretningspligten."
            ),
            "options": [
                {
                    "key": "d",
                    "text": (
                        "Sæt dig ved siden af barnet, og inviter det til at fortælle om tegningen"
                    ),
                    "correct": True,
                    "feedback": (
                        "Først: En åben invitation lader barnet bestemme, hvad det vil sige."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Gentag barnets egne ord, og stil et åbent spørgsmål som »Hvad sker der "
                        "så?«"
                    ),
                    "correct": True,
                    "feedback": "Dernæst: Følg barnets ord uden at lægge noget til.",
                },
                {
                    "key": "c",
                    "text": (
                        "Tak barnet, sig, at det ikke er dets skyld, og forklar, at du skal "
                        "fortælle det til en voksen, der hjælper børn"
                    ),
                    "correct": True,
                    "feedback": (
                        "Tredje: Fritag barnet for skyld, og vær ærlig i stedet for at love "
                        "hemmeligholdelse."
                    ),
                },
                {
                    "key": "a",
                    "text": "Skriv ordret ned, hvad barnet sagde, og hvad du spurgte om",
                    "correct": True,
                    "feedback": "Fjerde: Notér de præcise ord samme dag, mens du husker dem.",
                },
                {
                    "key": "e",
                    "text": (
                        "Handl efter underretningspligten: Tal med din leder, og send en "
                        "underretning"
                    ),
                    "correct": True,
                    "feedback": ("Til sidst: Bekymringen skal nå frem til kommunen uden ophold."),
                },
            ],
        },
    },
    {
        "key": "cev-safety-1",
        "type": "multiple",
        "tags": {"module": "children-exposed-to-violence", "topic": "child-safety", "sectors": []},
        "en": {
            "prompt": (
                "A father is suspected of violence against the mother, and the school has sent "
                "a report of concern about their daughter. Which of these protect the child's "
                "safety? Choose all that apply."
            ),
            "explanation": (
                "When a parent is suspected, the child's safety comes before the usual "
                "cooperation with parents. Do not inform or confront the suspected parent, be "
                "careful with what you share on the parents' communication platform, never "
                "reveal where the child and the other parent are staying, know who may collect "
                "the child, and support the protective parent with information about help."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Tell the father the child's exact words, so that he understands how "
                        "serious it is"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Never confront the suspected parent with what the child said."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Give the mother information about shelters and the Lev Uden Vold hotline "
                        "on 1888"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. The protective parent may also be a victim and need help."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Invite the father to a meeting to hear his side before the municipality "
                        "acts"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Informing the suspected parent can put the child and the mother at "
                        "risk and lead to pressure on the child to withdraw what was said."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Agree in advance who talks to the father, who stays with the child, and "
                        "when to call 112, if he arrives at pick-up"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Plans made in calm moments work better than decisions made "
                        "under pressure."
                    ),
                },
                {
                    "key": "e",
                    "text": (
                        "Be careful about what is shared with the parents on the school's "
                        "communication platform"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. A parent with custody may have a right to information, but "
                        "nothing that reveals where the child and the other parent are staying."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "En far er mistænkt for vold mod moren, og skolen har sendt en underretning om "
                "deres datter. Hvilke af disse beskytter barnets sikkerhed? Vælg alle, der "
                "passer."
            ),
            "explanation": (
                "Når en forælder er mistænkt, går barnets sikkerhed forud for det sædvanlige "
                "samarbejde med forældrene. Orientér eller konfrontér ikke den mistænkte "
                "forælder, vær varsom med, hvad der deles på forældreplatformen, afslør aldrig, "
                "hvor barnet og den anden forælder opholder sig, vid, hvem der må hente barnet, "
                "og støt den beskyttende forælder med oplysninger om hjælp."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Fortælle faren barnets præcise ord, så han forstår, hvor alvorligt det er"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Konfrontér aldrig den mistænkte forælder med, hvad barnet har sagt."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Give moren oplysninger om krisecentre og Lev Uden Volds hotline på 1888"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Den beskyttende forælder kan også være voldsudsat og have brug "
                        "for hjælp."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Invitere faren til et møde for at høre hans version, før kommunen handler"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. At orientere den mistænkte forælder kan bringe barnet og moren i "
                        "fare og føre til pres på barnet for at trække det sagte tilbage."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Aftale på forhånd, hvem der taler med faren, hvem der bliver hos barnet, "
                        "og hvornår der ringes 112, hvis han kommer for at hente"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Planer lagt i roligt vejr virker bedre end beslutninger "
                        "truffet under pres."
                    ),
                },
                {
                    "key": "e",
                    "text": (
                        "Være varsom med, hvad der deles med forældrene på skolens forældreplatform"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. En forælder med forældremyndighed kan have ret til oplysninger, "
                        "men intet, der afslører, hvor barnet og den anden forælder opholder sig."
                    ),
                },
            ],
        },
    },
    {
        "key": "cev-report-1",
        "type": "single",
        "tags": {
            "module": "children-exposed-to-violence",
            "topic": "reporting",
            "sectors": ["daycare", "school"],
        },
        "en": {
            "prompt": (
                "Three weeks after you sent a report of concern about a boy, he arrives with a "
                "bruise on his arm and says his dad “was really angry again”. What should you do?"
            ),
            "explanation": (
                "A report is the start of cooperation, not the end of your role, and it is not a "
                "one-off. If you see new signs after reporting, tell the municipality, either by "
                "contacting the caseworker or by sending a new report. Document the new "
                "observation and the boy's words the same day."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Nothing more: the municipality already knows about the family",
                    "correct": False,
                    "feedback": (
                        "No. The municipality does not know about the new incident unless you "
                        "tell them."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Document what you saw and his words, and tell the municipality — "
                        "contact the caseworker or send a new report"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. New signs must reach the municipality; a report is not a one-off."
                    ),
                },
                {
                    "key": "c",
                    "text": "Wait until the municipality contacts you about the first report",
                    "correct": False,
                    "feedback": (
                        "No. You may never hear back about the first report, and the new sign "
                        "calls for a new report of concern without delay."
                    ),
                },
                {
                    "key": "d",
                    "text": "Ask the father at pick-up how the boy got the bruise",
                    "correct": False,
                    "feedback": (
                        "No. Do not confront the suspected parent; it can put the child at risk."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Tre uger efter, at du har sendt en underretning om en dreng, kommer han med et "
                "blåt mærke på armen og siger, at hans far »var rigtig vred igen«. Hvad skal du "
                "gøre?"
            ),
            "explanation": (
                "En underretning er begyndelsen på et samarbejde, ikke slutningen på din rolle, "
                "og den er ikke en engangsforestilling. Ser du nye tegn efter underretningen, så "
                "giv kommunen besked, enten ved at kontakte sagsbehandleren eller ved at sende en "
                "ny underretning. Dokumentér den nye iagttagelse og drengens ord samme dag."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Ikke mere: Kommunen kender allerede familien",
                    "correct": False,
                    "feedback": (
                        "Nej. Kommunen kender ikke til den nye episode, medmindre du fortæller det."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Dokumentere, hvad du så, og hans ord, og give kommunen besked — "
                        "kontakte sagsbehandleren eller sende en ny underretning"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Nye tegn skal nå frem til kommunen; en underretning er ikke en "
                        "engangsforestilling."
                    ),
                },
                {
                    "key": "c",
                    "text": "Vente, til kommunen kontakter dig om den første underretning",
                    "correct": False,
                    "feedback": (
                        "Nej. Du hører måske aldrig mere om den første underretning, og det nye "
                        "tegn kræver en ny underretning uden ophold."
                    ),
                },
                {
                    "key": "d",
                    "text": "Spørge faren ved afhentningen, hvordan drengen har fået mærket",
                    "correct": False,
                    "feedback": (
                        "Nej. Konfrontér ikke den mistænkte forælder; det kan bringe barnet i fare."
                    ),
                },
            ],
        },
    },
    {
        "key": "cev-protective-1",
        "type": "true_false",
        "tags": {
            "module": "children-exposed-to-violence",
            "topic": "development-and-attachment",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "True or false? A safe, stable adult outside the family, such as a pedagogue or a "
                "teacher, can be one of the strongest protective factors for a child who lives "
                "with violence."
            ),
            "explanation": (
                "True. Not every child is harmed in the same way, and a safe, stable adult is one "
                "of the strongest protective factors a child can have. Daycare and school are "
                "often the most stable places in the child's life."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "True",
                    "correct": True,
                    "feedback": "Correct. That adult may be you.",
                },
                {
                    "key": "false",
                    "text": "False",
                    "correct": False,
                    "feedback": (
                        "Not so. The course names a safe, stable adult — a parent, grandparent, "
                        "pedagogue or teacher — as one of the strongest protective factors."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Sandt eller falsk? En tryg og stabil voksen uden for familien, fx en pædagog "
                "eller en lærer, kan være en af de stærkeste beskyttende faktorer for et barn, "
                "der lever med vold."
            ),
            "explanation": (
                "Sandt. Ikke alle børn tager skade på samme måde, og en tryg og stabil voksen er "
                "en af de stærkeste beskyttende faktorer, et barn kan have. Dagtilbud og skole er "
                "ofte de mest stabile steder i barnets liv."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "Sandt",
                    "correct": True,
                    "feedback": "Rigtigt. Den voksne kan være dig.",
                },
                {
                    "key": "false",
                    "text": "Falsk",
                    "correct": False,
                    "feedback": (
                        "Nej. Kurset nævner en tryg og stabil voksen — en forælder, en "
                        "bedsteforælder, en pædagog eller en lærer — som en af de stærkeste "
                        "beskyttende faktorer."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    # risk-assessment-and-safety-planning
    # ------------------------------------------------------------------------------------------
    {
        "key": "ra-steps-order-1",
        "type": "ordering",
        "tags": {
            "module": "risk-assessment-and-safety-planning",
            "topic": "three-steps",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "A job-centre caseworker who is not certified learns that a citizen's partner "
                "has threatened her. Put the steps that should follow in order, from the "
                "caseworker's action to the third step of the fixed practice."
            ),
            "explanation": (
                "Staff who are not certified recognise the signs, document what they know and "
                "pass the case on under the local procedure. Then the fixed practice follows in "
                "three steps: a risk assessment by trained or certified staff, a safety plan made "
                "together with the person, and reassessment at the planned time or when the "
                "situation changes."
            ),
            "options": [
                {
                    "key": "c",
                    "text": (
                        "The caseworker documents what she knows and passes the case on to the "
                        "unit that does risk assessments"
                    ),
                    "correct": True,
                    "feedback": "First: your observations are often essential for the assessment.",
                },
                {
                    "key": "d",
                    "text": "A trained or certified colleague carries out a risk assessment",
                    "correct": True,
                    "feedback": (
                        "Step 1 of the practice: a structured assessment with a recognised method."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "A safety plan is made together with the citizen, based on the assessment"
                    ),
                    "correct": True,
                    "feedback": "Step 2: the plan is made with the person, not for them.",
                },
                {
                    "key": "a",
                    "text": (
                        "The plan is reassessed on the planned date, or at once if the situation "
                        "changes"
                    ),
                    "correct": True,
                    "feedback": (
                        "Step 3: risk is not constant, so the plan must be kept up to date."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "En sagsbehandler i jobcentret, der ikke er certificeret, får at vide, at en "
                "borgers partner har truet hende. Sæt de trin, der skal følge, i rækkefølge, fra "
                "sagsbehandlerens handling til det tredje trin i den faste praksis."
            ),
            "explanation": (
                "Medarbejdere, der ikke er certificerede, genkender tegnene, dokumenterer det, de "
                "ved, og giver sagen videre efter den lokale procedure. Derefter følger den faste "
                "praksis i tre trin: en risikovurdering foretaget af uddannede eller "
                "certificerede medarbejdere, en sikkerhedsplan udarbejdet sammen med personen og "
                "revurdering på det planlagte tidspunkt, eller når situationen ændrer sig."
            ),
            "options": [
                {
                    "key": "c",
                    "text": (
                        "Sagsbehandleren dokumenterer det, hun ved, og giver sagen videre til "
                        "den enhed, der laver risikovurderinger"
                    ),
                    "correct": True,
                    "feedback": "Først: Dine iagttagelser er ofte væsentlige for vurderingen.",
                },
                {
                    "key": "d",
                    "text": "En uddannet eller certificeret kollega foretager en risikovurdering",
                    "correct": True,
                    "feedback": (
                        "Trin 1 i praksis: en struktureret vurdering med en anerkendt metode."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Der udarbejdes en sikkerhedsplan sammen med borgeren på baggrund af "
                        "vurderingen"
                    ),
                    "correct": True,
                    "feedback": "Trin 2: Planen laves sammen med personen, ikke for personen.",
                },
                {
                    "key": "a",
                    "text": (
                        "Planen revurderes på den planlagte dato eller straks, hvis situationen "
                        "ændrer sig"
                    ),
                    "correct": True,
                    "feedback": (
                        "Trin 3: Risikoen er ikke konstant, så planen skal holdes opdateret."
                    ),
                },
            ],
        },
    },
    {
        "key": "ra-steps-1",
        "type": "single",
        "tags": {
            "module": "risk-assessment-and-safety-planning",
            "topic": "three-steps",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "Who should carry out a risk assessment in a case of violence in close relations?"
            ),
            "explanation": (
                "Risk assessment needs specialised knowledge and concrete tools. It must be done "
                "by staff trained or certified in a recognised method who have experience of "
                "conversations with people exposed to violence. Gut feeling is unreliable, and "
                "reading about an instrument is not enough. Management is responsible for "
                "making sure these staff are trained."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Any experienced caseworker, using their professional intuition",
                    "correct": False,
                    "feedback": (
                        "No. Assessments based on gut feeling alone are unreliable: even "
                        "experienced professionals miss important risk factors."
                    ),
                },
                {
                    "key": "b",
                    "text": "Anyone who has read the instrument's manual",
                    "correct": False,
                    "feedback": (
                        "No. Instruments require certification or documented training; using one "
                        "without training gives a false sense of precision."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Staff trained or certified in a recognised method, with experience of "
                        "talking with people exposed to violence"
                    ),
                    "correct": True,
                    "feedback": "Correct. Training or certification, plus experience, is required.",
                },
                {
                    "key": "d",
                    "text": "The person exposed to violence, since they know the partner best",
                    "correct": False,
                    "feedback": (
                        "No. The person's own view of the danger is important information, but "
                        "the assessment is a professional task."
                    ),
                },
            ],
        },
        "da": {
            "prompt": "Hvem skal foretage en risikovurdering i en sag om vold i nære relationer?",
            "explanation": (
                "Risikovurdering kræver specialiseret viden og konkrete værktøjer. Den skal "
                "foretages af medarbejdere, der er uddannet eller certificeret i en anerkendt "
                "metode og har erfaring med samtaler med voldsudsatte. Mavefornemmelse er "
                "upålidelig, og det er ikke nok at have læst om et værktøj. Ledelsen har ansvaret "
                "for, at medarbejderne er uddannede."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Enhver erfaren sagsbehandler ud fra sin faglige intuition",
                    "correct": False,
                    "feedback": (
                        "Nej. Vurderinger, der alene bygger på mavefornemmelse, er upålidelige: "
                        "Selv erfarne fagfolk overser vigtige risikofaktorer."
                    ),
                },
                {
                    "key": "b",
                    "text": "Alle, der har læst værktøjets manual",
                    "correct": False,
                    "feedback": (
                        "Nej. Værktøjerne kræver certificering eller dokumenteret oplæring; brug "
                        "uden oplæring giver en falsk følelse af præcision."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Medarbejdere, der er uddannet eller certificeret i en anerkendt metode "
                        "og har erfaring med samtaler med voldsudsatte"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Uddannelse eller certificering og erfaring er nødvendig.",
                },
                {
                    "key": "d",
                    "text": "Den voldsudsatte selv, da vedkommende kender partneren bedst",
                    "correct": False,
                    "feedback": (
                        "Nej. Personens egen vurdering af faren er vigtig information, men selve "
                        "risikovurderingen er en faglig opgave."
                    ),
                },
            ],
        },
    },
    {
        "key": "ra-rise-1",
        "type": "multiple",
        "tags": {
            "module": "risk-assessment-and-safety-planning",
            "topic": "reassessment",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "A safety plan is due for planned reassessment in two months. Which of these "
                "events should trigger a reassessment at once? Choose all that apply."
            ),
            "explanation": (
                "Do not wait for the planned date if something changes. Reassess at once when "
                "the person leaves, announces leaving or returns; on pregnancy, birth or a new "
                "partner; when a custody or contact case starts; on new violence, threats, "
                "strangulation or stalking; on a breach of a restraining order or the release "
                "of the person using violence; and when you learn of access to weapons or a "
                "dramatic change in that person's situation."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "You learn that the partner has recently lost his job and talks about "
                        "suicide"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. A dramatic change such as job loss, a crisis or suicidal "
                        "statements raises the risk."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "The ex-partner breaches the restraining order by turning up at her work"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. A breach shows that the law does not stop him — a sign of "
                        "raised risk."
                    ),
                },
                {
                    "key": "c",
                    "text": "The person tells you she is pregnant",
                    "correct": True,
                    "feedback": "Correct. Violence often starts or escalates in pregnancy.",
                },
                {
                    "key": "d",
                    "text": "The person asks to move her next appointment from Tuesday to Thursday",
                    "correct": False,
                    "feedback": (
                        "No. A change of appointment time is not a change in the risk situation "
                        "(though you should still contact her in the agreed safe way)."
                    ),
                },
                {
                    "key": "e",
                    "text": "The person moves back in with the partner",
                    "correct": True,
                    "feedback": (
                        "Correct. Returning to the partner changes the situation and the risk."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "En sikkerhedsplan skal efter planen revurderes om to måneder. Hvilke af disse "
                "hændelser skal udløse en revurdering med det samme? Vælg alle, der passer."
            ),
            "explanation": (
                "Vent ikke på den planlagte dato, hvis noget ændrer sig. Revurdér straks, når "
                "personen går, meddeler at gå eller vender tilbage; ved graviditet, fødsel eller "
                "en ny partner; når en sag om forældremyndighed eller samvær begynder; ved ny "
                "vold, nye trusler, kvælning eller stalking; ved overtrædelse af et tilhold eller "
                "løsladelse af den voldsudøvende; og når du hører om adgang til våben eller en "
                "voldsom ændring i den voldsudøvendes situation."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Du hører, at partneren for nylig har mistet sit job og taler om selvmord"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. En voldsom ændring som jobtab, krise eller selvmordsudtalelser "
                        "øger risikoen."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Den tidligere partner overtræder tilholdet ved at dukke op på hendes "
                        "arbejde"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. En overtrædelse viser, at loven ikke stopper ham — et tegn på "
                        "øget risiko."
                    ),
                },
                {
                    "key": "c",
                    "text": "Personen fortæller dig, at hun er gravid",
                    "correct": True,
                    "feedback": "Rigtigt. Vold begynder eller eskalerer ofte under graviditeten.",
                },
                {
                    "key": "d",
                    "text": "Personen beder om at flytte sit næste møde fra tirsdag til torsdag",
                    "correct": False,
                    "feedback": (
                        "Nej. Et flyttet møde er ikke en ændring i risikosituationen (men kontakt "
                        "hende stadig på den aftalte sikre måde)."
                    ),
                },
                {
                    "key": "e",
                    "text": "Personen flytter sammen med partneren igen",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. At vende tilbage til partneren ændrer situationen og risikoen."
                    ),
                },
            ],
        },
    },
    {
        "key": "ra-rise-2",
        "type": "single",
        "tags": {
            "module": "risk-assessment-and-safety-planning",
            "topic": "when-risk-rises",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "A woman who is not yet known to any risk-assessment unit tells you her partner "
                "held her by the throat last night until she nearly blacked out. She says it was "
                "“only a few seconds” and has no marks. You are not certified. What should you do?"
            ),
            "explanation": (
                "Non-fatal strangulation is a strong predictor of later homicide and can cause "
                "injury with no visible marks. Urge a medical examination, document her own "
                "words, and treat the case as high risk until it has been assessed. The person's "
                "own minimising must not lower the assessment."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Note it and wait for the next planned meeting, since she has no injuries"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. The absence of marks says nothing about the danger. Strangulation "
                        "is one of the strongest warning signs."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Accept her own view that it was minor, since she knows her partner best"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Minimising (“only a few seconds”) is typical and must not lower the "
                        "assessment."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Use a risk-assessment instrument yourself so that you can decide quickly"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Instruments require training or certification. Your role is to act, "
                        "document and pass the case on."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Urge a medical examination, write down her own words, and treat the case "
                        "as high risk until a trained colleague has assessed it"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Strangulation calls for action now, with or without marks."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "En kvinde, som endnu ikke er kendt af nogen enhed for risikovurdering, fortæller "
                "dig, at hendes partner holdt hende om halsen i går aftes, til hun næsten blev "
                "sort for øjnene. Hun siger, at det »kun var et par sekunder«, og hun har ingen "
                "mærker. Du er ikke certificeret. Hvad skal du gøre?"
            ),
            "explanation": (
                "Ikke-dødelig kvælning er en stærk forudsigende faktor for senere drab og kan "
                "give skader uden synlige mærker. Opfordr til en lægeundersøgelse, dokumentér "
                "hendes egne ord, og behandl sagen som høj risiko, indtil den er vurderet. "
                "Personens egen bagatellisering må ikke sænke vurderingen."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Notere det og vente til næste planlagte møde, da hun ikke har skader",
                    "correct": False,
                    "feedback": (
                        "Nej. At der ikke er mærker, siger intet om faren. Kvælning er et af de "
                        "stærkeste advarselstegn."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Acceptere hendes egen opfattelse af, at det var mindre alvorligt, da hun "
                        "kender partneren bedst"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Bagatellisering (»kun et par sekunder«) er typisk og må ikke sænke "
                        "vurderingen."
                    ),
                },
                {
                    "key": "c",
                    "text": "Selv bruge et risikovurderingsværktøj, så du kan beslutte dig hurtigt",
                    "correct": False,
                    "feedback": (
                        "Nej. Værktøjerne kræver oplæring eller certificering. Din rolle er at "
                        "handle, dokumentere og give sagen videre."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Opfordre til en lægeundersøgelse, skrive hendes egne ord ned og behandle "
                        "sagen som høj risiko, indtil en uddannet kollega har vurderet den"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Kvælning kræver handling nu, med eller uden mærker.",
                },
            ],
        },
    },
    {
        "key": "ra-plan-1",
        "type": "multiple",
        "tags": {
            "module": "risk-assessment-and-safety-planning",
            "topic": "safety-plan",
            "sectors": [],
        },
        "en": {
            "prompt": "Which of these belong in a safety plan? Choose all that apply.",
            "explanation": (
                "A safety plan covers safe contacts and a code word, an escape plan, documents "
                "and money kept safely, the children, digital safety, work and daily routines, "
                "and agreements among professionals. Passwords should be changed from a safe "
                "device, bearing in mind that abrupt changes may alert the partner, and contact "
                "with the partner is planned by those responsible, not negotiated in a joint "
                "meeting."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Copies of passports, bank cards and evidence kept somewhere the partner "
                        "cannot reach"
                    ),
                    "correct": True,
                    "feedback": "Correct. Documents and money are a standard part of the plan.",
                },
                {
                    "key": "b",
                    "text": (
                        "Which rooms to avoid when violence starts, such as the kitchen, and how "
                        "to get out quickly"
                    ),
                    "correct": True,
                    "feedback": "Correct. This is the escape plan.",
                },
                {
                    "key": "c",
                    "text": "Changing every shared password at once from the family computer",
                    "correct": False,
                    "feedback": (
                        "No. Change passwords from a safe device, and consider that abrupt "
                        "changes may alert the partner."
                    ),
                },
                {
                    "key": "d",
                    "text": "A joint meeting with the partner to agree the plan",
                    "correct": False,
                    "feedback": (
                        "No. The plan is made with the person exposed to violence; involving the "
                        "partner can put them in danger."
                    ),
                },
                {
                    "key": "e",
                    "text": "Who may collect the children from daycare and school",
                    "correct": True,
                    "feedback": "Correct. The plan covers the children's safety too.",
                },
                {
                    "key": "f",
                    "text": "A code word agreed with a trusted person that means “call the police”",
                    "correct": True,
                    "feedback": "Correct. Safe contacts and a code word are part of the plan.",
                },
            ],
        },
        "da": {
            "prompt": "Hvilke af disse hører med i en sikkerhedsplan? Vælg alle, der passer.",
            "explanation": (
                "En sikkerhedsplan omfatter sikre kontakter og et kodeord, en flugtplan, "
                "dokumenter og penge opbevaret sikkert, børnene, digital sikkerhed, arbejde og "
                "daglige rutiner samt aftaler mellem fagpersoner. Adgangskoder skal skiftes fra "
                "en sikker enhed, og pludselige ændringer kan advare partneren. Kontakt med "
                "partneren planlægges af de ansvarlige og forhandles ikke på et fælles møde."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Kopier af pas, betalingskort og beviser opbevaret et sted, partneren ikke "
                        "kan komme til"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Dokumenter og penge er en fast del af planen.",
                },
                {
                    "key": "b",
                    "text": (
                        "Hvilke rum man skal undgå, når volden begynder, fx køkkenet, og hvordan "
                        "man hurtigt kommer ud"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Det er flugtplanen.",
                },
                {
                    "key": "c",
                    "text": "At skifte alle fælles adgangskoder på én gang fra familiens computer",
                    "correct": False,
                    "feedback": (
                        "Nej. Skift adgangskoder fra en sikker enhed, og husk, at pludselige "
                        "ændringer kan advare partneren."
                    ),
                },
                {
                    "key": "d",
                    "text": "Et fælles møde med partneren for at aftale planen",
                    "correct": False,
                    "feedback": (
                        "Nej. Planen laves sammen med den voldsudsatte; at inddrage partneren kan "
                        "bringe personen i fare."
                    ),
                },
                {
                    "key": "e",
                    "text": "Hvem der må hente børnene i dagtilbud og skole",
                    "correct": True,
                    "feedback": "Rigtigt. Planen omfatter også børnenes sikkerhed.",
                },
                {
                    "key": "f",
                    "text": (
                        "Et kodeord aftalt med en person, man stoler på, der betyder »ring til "
                        "politiet«"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Sikre kontakter og et kodeord er en del af planen.",
                },
            ],
        },
    },
    {
        "key": "ra-plan-2",
        "type": "single",
        "tags": {
            "module": "risk-assessment-and-safety-planning",
            "topic": "safety-plan",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "When you suggest making a safety plan, the citizen says: “I'm not leaving him, "
                "if that's what you mean.” What is the best response?"
            ),
            "explanation": (
                "The plan is made with the person, not for them, and it respects their choices. "
                "Many people stay or return for reasons that make sense to them, and staying is "
                "also a situation that needs a plan. Build on the strategies the person already "
                "uses."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "“That's your decision. We can plan for your safety whether you stay or "
                        "not. What do you usually do when things are about to go wrong?”"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. You respect her choice and build on her own strategies."
                    ),
                },
                {
                    "key": "b",
                    "text": "“Then there is not much point in a safety plan.”",
                    "correct": False,
                    "feedback": (
                        "No. Staying also needs a plan; a person who stays may be at just as much "
                        "risk."
                    ),
                },
                {
                    "key": "c",
                    "text": "“You have to leave, for the children's sake.”",
                    "correct": False,
                    "feedback": (
                        "No. Pressure takes control away from her, and leaving is itself a "
                        "high-risk time that needs planning."
                    ),
                },
                {
                    "key": "d",
                    "text": "“I'll write the plan for you and send it to you by e-mail.”",
                    "correct": False,
                    "feedback": (
                        "No. A plan she has not helped to make is rarely followed, and an e-mail "
                        "may be read by the partner."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Da du foreslår at lave en sikkerhedsplan, siger borgeren: »Jeg går ikke fra "
                "ham, hvis det er det, du mener.« Hvad er det bedste svar?"
            ),
            "explanation": (
                "Planen laves sammen med personen, ikke for personen, og den respekterer "
                "personens valg. Mange bliver eller vender tilbage af grunde, der giver mening for "
                "dem, og at blive er også en situation, der kræver en plan. Byg videre på de "
                "strategier, personen allerede bruger."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "»Det er din beslutning. Vi kan planlægge din sikkerhed, uanset om du "
                        "bliver eller ej. Hvad plejer du at gøre, når det er ved at gå galt?«"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Du respekterer hendes valg og bygger på hendes egne strategier."
                    ),
                },
                {
                    "key": "b",
                    "text": "»Så er der ikke meget mening i en sikkerhedsplan.«",
                    "correct": False,
                    "feedback": (
                        "Nej. At blive kræver også en plan; en person, der bliver, kan være i "
                        "lige så stor fare."
                    ),
                },
                {
                    "key": "c",
                    "text": "»Du bliver nødt til at gå, for børnenes skyld.«",
                    "correct": False,
                    "feedback": (
                        "Nej. Pres tager kontrollen fra hende, og et brud er i sig selv en "
                        "højrisikoperiode, der kræver planlægning."
                    ),
                },
                {
                    "key": "d",
                    "text": "»Jeg skriver planen for dig og sender den til dig på e-mail.«",
                    "correct": False,
                    "feedback": (
                        "Nej. En plan, hun ikke selv har været med til at lave, bliver sjældent "
                        "fulgt, og en e-mail kan blive læst af partneren."
                    ),
                },
            ],
        },
    },
    {
        "key": "ra-honour-1",
        "type": "multiple",
        "tags": {
            "module": "risk-assessment-and-safety-planning",
            "topic": "honour-related",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "Which features can set honour-related conflicts apart from partner violence? "
                "Choose all that apply."
            ),
            "explanation": (
                "In honour-related conflicts there may be several perpetrators in the extended "
                "family, threats from people the person has never met, a family network used to "
                "find the person, and danger that crosses borders, for example through a planned "
                "trip abroad. Contacting the family to mediate can increase the danger. Such "
                "cases need staff trained in a specific instrument, such as PATRIARCH."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "The family network used to find the person after they have moved",
                    "correct": True,
                    "feedback": (
                        "Correct. This makes protection of the address especially important."
                    ),
                },
                {
                    "key": "b",
                    "text": "Danger across borders, for example a planned trip abroad",
                    "correct": True,
                    "feedback": "Correct. A planned trip abroad can be a serious warning sign.",
                },
                {
                    "key": "c",
                    "text": "Contacting the family to mediate is usually the safest first step",
                    "correct": False,
                    "feedback": ("No. Contacting the family to “mediate” can increase the danger."),
                },
                {
                    "key": "d",
                    "text": "Threats from people the person has never met",
                    "correct": True,
                    "feedback": "Correct. The family network can act on behalf of others.",
                },
                {
                    "key": "e",
                    "text": "Several perpetrators in the extended family",
                    "correct": True,
                    "feedback": "Correct. The threat may come from more than one person.",
                },
            ],
        },
        "da": {
            "prompt": (
                "Hvilke træk kan adskille æresrelaterede konflikter fra partnervold? Vælg alle, "
                "der passer."
            ),
            "explanation": (
                "I æresrelaterede konflikter kan der være flere udøvere i den udvidede familie, "
                "trusler fra personer, den udsatte aldrig har mødt, et familienetværk, der bruges "
                "til at finde personen, og en fare, der rækker over grænser, fx gennem en "
                "planlagt rejse til udlandet. At kontakte familien for at mægle kan øge faren. "
                "Sagerne kræver medarbejdere, der er uddannet i et særligt værktøj, fx PATRIARCH."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Familienetværket bruges til at finde personen, efter at vedkommende er "
                        "flyttet"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Det gør beskyttelse af adressen særligt vigtig.",
                },
                {
                    "key": "b",
                    "text": "En fare, der rækker over grænser, fx en planlagt rejse til udlandet",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. En planlagt udlandsrejse kan være et alvorligt advarselstegn."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "At kontakte familien for at mægle er som regel det sikreste første skridt"
                    ),
                    "correct": False,
                    "feedback": "Nej. At kontakte familien for at »mægle« kan øge faren.",
                },
                {
                    "key": "d",
                    "text": "Trusler fra personer, den udsatte aldrig har mødt",
                    "correct": True,
                    "feedback": "Rigtigt. Familienetværket kan handle på andres vegne.",
                },
                {
                    "key": "e",
                    "text": "Flere udøvere i den udvidede familie",
                    "correct": True,
                    "feedback": "Rigtigt. Truslen kan komme fra mere end én person.",
                },
            ],
        },
    },
    {
        "key": "ra-instruments-1",
        "type": "single",
        "tags": {
            "module": "risk-assessment-and-safety-planning",
            "topic": "instruments",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "Which pairing of a recognised risk-assessment instrument and its area is correct?"
            ),
            "explanation": (
                "Among the instruments recommended in Denmark, SARA-SV is used for partner "
                "violence, SAM for stalking, and PATRIARCH for honour-related violence. All three "
                "are based on structured professional judgement and require certification or "
                "documented training."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "PATRIARCH — partner violence in general",
                    "correct": False,
                    "feedback": "No. PATRIARCH is for honour-related violence.",
                },
                {
                    "key": "b",
                    "text": "SAM — stalking",
                    "correct": True,
                    "feedback": "Correct. SAM is the instrument for stalking.",
                },
                {
                    "key": "c",
                    "text": "SARA-SV — honour-related violence",
                    "correct": False,
                    "feedback": "No. SARA-SV is for partner violence.",
                },
                {
                    "key": "d",
                    "text": (
                        "The demonstration instrument — real cases where no certified staff are "
                        "available"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. The demonstration instrument is for training only and must never be "
                        "used in real cases."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Hvilken parring af et anerkendt risikovurderingsværktøj og dets område er rigtig?"
            ),
            "explanation": (
                "Blandt de værktøjer, der anbefales i Danmark, bruges SARA-SV til partnervold, "
                "SAM til stalking og PATRIARCH til æresrelateret vold. Alle tre bygger på "
                "struktureret professionel vurdering og kræver certificering eller dokumenteret "
                "oplæring."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "PATRIARCH — partnervold generelt",
                    "correct": False,
                    "feedback": "Nej. PATRIARCH er til æresrelateret vold.",
                },
                {
                    "key": "b",
                    "text": "SAM — stalking",
                    "correct": True,
                    "feedback": "Rigtigt. SAM er værktøjet til stalking.",
                },
                {
                    "key": "c",
                    "text": "SARA-SV — æresrelateret vold",
                    "correct": False,
                    "feedback": "Nej. SARA-SV er til partnervold.",
                },
                {
                    "key": "d",
                    "text": (
                        "Demonstrationsinstrumentet — virkelige sager, hvor der ikke er "
                        "certificerede medarbejdere"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Demonstrationsinstrumentet er kun til træning og må aldrig bruges i "
                        "virkelige sager."
                    ),
                },
            ],
        },
    },
    {
        "key": "ra-reassess-1",
        "type": "true_false",
        "tags": {
            "module": "risk-assessment-and-safety-planning",
            "topic": "reassessment",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "True or false? Once a risk assessment has been made, it remains valid until the "
                "case is closed, unless new violence is reported."
            ),
            "explanation": (
                "False. A risk assessment is a snapshot. Every safety plan states when it will "
                "be reassessed — in a high-risk case with an ongoing separation perhaps every few "
                "days — and it must be reassessed at once whenever the situation changes, for "
                "example on separation, pregnancy, a court case or a breach, not only after new "
                "violence."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "True",
                    "correct": False,
                    "feedback": (
                        "Not so. Changes such as separation, pregnancy or a court case raise the "
                        "risk even before any new violence."
                    ),
                },
                {
                    "key": "false",
                    "text": "False",
                    "correct": True,
                    "feedback": (
                        "Correct. Reassess on the planned date and whenever the situation changes."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Sandt eller falsk? Når en risikovurdering er foretaget, gælder den, indtil sagen "
                "lukkes, medmindre der bliver anmeldt ny vold."
            ),
            "explanation": (
                "Falsk. En risikovurdering er et øjebliksbillede. Enhver sikkerhedsplan angiver, "
                "hvornår den revurderes — i en sag med høj risiko og et igangværende brud måske "
                "med få dages mellemrum — og den skal revurderes straks, når situationen ændrer "
                "sig, fx ved brud, graviditet, en retssag eller en overtrædelse, ikke kun efter "
                "ny vold."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "Sandt",
                    "correct": False,
                    "feedback": (
                        "Nej. Ændringer som brud, graviditet eller en retssag øger risikoen, også "
                        "før der sker ny vold."
                    ),
                },
                {
                    "key": "false",
                    "text": "Falsk",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Revurdér på den planlagte dato, og når situationen ændrer sig."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    # demonstration-risk-instrument
    # ------------------------------------------------------------------------------------------
    {
        "key": "dri-about-1",
        "type": "true_false",
        "tags": {
            "module": "demonstration-risk-instrument",
            "topic": "about-the-instrument",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "True or false? The demonstration instrument may be used to assess a real case "
                "when no colleague certified in a recognised instrument is available."
            ),
            "explanation": (
                "False. The demonstration instrument was built for training from widely "
                "published risk factors. It is not SARA-SV, SAM or PATRIARCH and has not been "
                "validated. In real cases, use the instrument you are certified in, or pass the "
                "case on according to your local procedure."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "True",
                    "correct": False,
                    "feedback": (
                        "Not so. It must never be used in real cases; pass the case on instead."
                    ),
                },
                {
                    "key": "false",
                    "text": "False",
                    "correct": True,
                    "feedback": "Correct. The demonstration instrument is for training only.",
                },
            ],
        },
        "da": {
            "prompt": (
                "Sandt eller falsk? Demonstrationsinstrumentet må bruges til at vurdere en "
                "virkelig sag, når der ikke er en kollega, der er certificeret i et anerkendt "
                "værktøj."
            ),
            "explanation": (
                "Falsk. Demonstrationsinstrumentet er lavet til træning ud fra bredt publicerede "
                "risikofaktorer. Det er ikke SARA-SV, SAM eller PATRIARCH og er ikke valideret. I "
                "virkelige sager bruger du det værktøj, du er certificeret i, eller giver sagen "
                "videre efter den lokale procedure."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "Sandt",
                    "correct": False,
                    "feedback": (
                        "Nej. Det må aldrig bruges i virkelige sager; giv i stedet sagen videre."
                    ),
                },
                {
                    "key": "false",
                    "text": "Falsk",
                    "correct": True,
                    "feedback": "Rigtigt. Demonstrationsinstrumentet er kun til træning.",
                },
            ],
        },
    },
    {
        "key": "dri-spj-order-1",
        "type": "ordering",
        "tags": {
            "module": "demonstration-risk-instrument",
            "topic": "structured-professional-judgement",
            "sectors": [],
        },
        "en": {
            "prompt": "Put the steps of structured professional judgement in the right order.",
            "explanation": (
                "First gather information from several sources and note where they disagree. "
                "Then rate each item on the scale. Then consider the relevance of each factor "
                "that is present in this particular case. Finally make the summary judgements, "
                "write down your reasons and use them to build the safety plan."
            ),
            "options": [
                {
                    "key": "c",
                    "text": "Gather information from several sources, and note where they disagree",
                    "correct": True,
                    "feedback": (
                        "First: the conversation with the person is central, but not the only "
                        "source."
                    ),
                },
                {
                    "key": "d",
                    "text": "Rate each item for whether the risk factor is present",
                    "correct": True,
                    "feedback": "Second: use N, P, Y or Omit for each item.",
                },
                {
                    "key": "b",
                    "text": (
                        "Consider how each factor that is present affects the risk in this case"
                    ),
                    "correct": True,
                    "feedback": (
                        "Third: is it current, directed at this person, combined with other "
                        "factors?"
                    ),
                },
                {
                    "key": "a",
                    "text": (
                        "Make and explain the summary judgements, and use them for the safety plan"
                    ),
                    "correct": True,
                    "feedback": "Last: the summary judgements are what others act on.",
                },
            ],
        },
        "da": {
            "prompt": "Sæt trinene i struktureret professionel vurdering i den rigtige rækkefølge.",
            "explanation": (
                "Indsaml først oplysninger fra flere kilder, og notér, hvor de er uenige. Vurdér "
                "derefter hvert punkt på skalaen. Overvej så relevansen af hver faktor, der er "
                "til stede, i netop denne sag. Foretag til sidst de samlede vurderinger, skriv "
                "begrundelsen ned, og brug den til at lægge sikkerhedsplanen."
            ),
            "options": [
                {
                    "key": "c",
                    "text": "Indsaml oplysninger fra flere kilder, og notér, hvor de er uenige",
                    "correct": True,
                    "feedback": (
                        "Først: Samtalen med personen er central, men ikke den eneste kilde."
                    ),
                },
                {
                    "key": "d",
                    "text": "Vurdér for hvert punkt, om risikofaktoren er til stede",
                    "correct": True,
                    "feedback": "Dernæst: Brug N, P, Y eller Udelad for hvert punkt.",
                },
                {
                    "key": "b",
                    "text": (
                        "Overvej, hvordan hver faktor, der er til stede, påvirker risikoen i sagen"
                    ),
                    "correct": True,
                    "feedback": (
                        "Tredje: Er den aktuel, rettet mod denne person, og spiller den sammen med "
                        "andet?"
                    ),
                },
                {
                    "key": "a",
                    "text": (
                        "Foretag og begrund de samlede vurderinger, og brug dem til "
                        "sikkerhedsplanen"
                    ),
                    "correct": True,
                    "feedback": "Til sidst: De samlede vurderinger er det, andre handler på.",
                },
            ],
        },
    },
    {
        "key": "dri-approach-1",
        "type": "single",
        "tags": {
            "module": "demonstration-risk-instrument",
            "topic": "structured-professional-judgement",
            "sectors": [],
        },
        "en": {
            "prompt": "Which description fits structured professional judgement?",
            "explanation": (
                "Structured professional judgement combines a fixed list of research-based risk "
                "factors, with guidance on how to rate them, and a professional judgement that "
                "is explained and linked to action. Unstructured judgement relies on experience "
                "alone; actuarial tools add up scores and compare them with tables."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Adding up points on fixed factors and comparing the total with "
                        "statistical tables"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. That describes actuarial tools, which are consistent but cannot take "
                        "account of what is unusual about a case."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "An experienced professional's overall impression, without a fixed list of "
                        "factors"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. That is unstructured professional judgement; important factors are "
                        "easily missed and conclusions vary."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "A fixed list of research-based risk factors with rating guidance, "
                        "followed by an explained judgement linked to action"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. The recognised instruments and the demonstration instrument all "
                        "follow this approach."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "A checklist in which the number of factors rated Y decides the risk level"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. In structured professional judgement the summary is a judgement, "
                        "not arithmetic."
                    ),
                },
            ],
        },
        "da": {
            "prompt": "Hvilken beskrivelse passer på struktureret professionel vurdering?",
            "explanation": (
                "Struktureret professionel vurdering kombinerer en fast liste af "
                "forskningsbaserede risikofaktorer, med vejledning i hvordan de vurderes, og en "
                "faglig vurdering, der begrundes og kobles til handling. Ustruktureret vurdering "
                "bygger alene på erfaring; aktuarielle værktøjer lægger point sammen og "
                "sammenligner med tabeller."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "At lægge point for faste faktorer sammen og sammenligne summen med "
                        "statistiske tabeller"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Det beskriver aktuarielle værktøjer, som er ensartede, men ikke kan "
                        "tage højde for det særlige ved en sag."
                    ),
                },
                {
                    "key": "b",
                    "text": "En erfaren fagpersons samlede indtryk uden en fast liste af faktorer",
                    "correct": False,
                    "feedback": (
                        "Nej. Det er ustruktureret faglig vurdering; vigtige faktorer overses let, "
                        "og konklusionerne varierer."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "En fast liste af forskningsbaserede risikofaktorer med vejledning i "
                        "vurderingen, efterfulgt af en begrundet vurdering koblet til handling"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. De anerkendte værktøjer og demonstrationsinstrumentet følger "
                        "alle denne tilgang."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "En tjekliste, hvor antallet af punkter vurderet Y afgør risikoniveauet"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. I struktureret professionel vurdering er den samlede vurdering en "
                        "vurdering, ikke et regnestykke."
                    ),
                },
            ],
        },
    },
    {
        "key": "dri-scale-1",
        "type": "single",
        "tags": {"module": "demonstration-risk-instrument", "topic": "rating-scale", "sectors": []},
        "en": {
            "prompt": (
                "In a practice case, nobody has asked whether the person using violence has "
                "access to weapons, and the case material says nothing about it. How should you "
                "rate D6 (Access to or threats with weapons)?"
            ),
            "explanation": (
                "Rate N only when information shows the factor is absent. When nobody knows, "
                "rate Omit and make finding out part of the plan — for D6, for example, by asking "
                "the police whether weapons are registered. Rating an unknown as absent makes "
                "the case look safer than it is."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "N",
                    "correct": False,
                    "feedback": (
                        "No. N means information shows the factor is absent. Treating an unknown "
                        "as absent is one of the most dangerous errors."
                    ),
                },
                {
                    "key": "b",
                    "text": "P",
                    "correct": False,
                    "feedback": (
                        "No. P needs some indication that the factor may be present. Here there "
                        "is no information either way."
                    ),
                },
                {
                    "key": "c",
                    "text": "Y",
                    "correct": False,
                    "feedback": (
                        "No. Rate what the information shows, not what you fear. Y needs clear "
                        "information."
                    ),
                },
                {
                    "key": "d",
                    "text": "Omit",
                    "correct": True,
                    "feedback": (
                        "Correct. There is no information to rate. Write down what is missing and "
                        "how you will find out."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "I en øvelsessag har ingen spurgt, om den voldsudøvende har adgang til våben, og "
                "sagsmaterialet siger intet om det. Hvordan skal du vurdere D6 (Adgang til eller "
                "trusler med våben)?"
            ),
            "explanation": (
                "Vurdér kun N, når oplysningerne viser, at faktoren ikke er til stede. Når ingen "
                "ved det, vælger du Udelad og gør det til en del af planen at finde ud af det — "
                "for D6 fx ved at spørge politiet, om der er registrerede våben. At vurdere noget "
                "ukendt som fraværende får sagen til at se sikrere ud, end den er."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "N",
                    "correct": False,
                    "feedback": (
                        "Nej. N betyder, at oplysningerne viser, at faktoren ikke er til stede. At "
                        "behandle noget ukendt som fraværende er en af de farligste fejl."
                    ),
                },
                {
                    "key": "b",
                    "text": "P",
                    "correct": False,
                    "feedback": (
                        "Nej. P kræver en vis indikation af, at faktoren kan være til stede. Her "
                        "er der ingen oplysninger i nogen retning."
                    ),
                },
                {
                    "key": "c",
                    "text": "Y",
                    "correct": False,
                    "feedback": (
                        "Nej. Vurdér det, oplysningerne viser, ikke det, du frygter. Y kræver "
                        "klare oplysninger."
                    ),
                },
                {
                    "key": "d",
                    "text": "Udelad",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Der er ingen oplysninger at vurdere ud fra. Skriv ned, hvad der "
                        "mangler, og hvordan du vil finde ud af det."
                    ),
                },
            ],
        },
    },
    {
        "key": "dri-scale-2",
        "type": "true_false",
        "tags": {"module": "demonstration-risk-instrument", "topic": "rating-scale", "sectors": []},
        "en": {
            "prompt": (
                "True or false? In the scored practice cases, choosing Omit whenever an item is "
                "difficult is a safe way to avoid disagreeing with the expert panel."
            ),
            "explanation": (
                "False. Omit is only for items where the case genuinely lacks the information. "
                "Choosing Omit where the panel found enough information to rate the item counts "
                "as disagreement, and in real cases it hides risk."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "True",
                    "correct": False,
                    "feedback": (
                        "Not so. Omit where the panel rated the item is itself a disagreement."
                    ),
                },
                {
                    "key": "false",
                    "text": "False",
                    "correct": True,
                    "feedback": (
                        "Correct. Omit is for missing information, not for difficult ratings."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Sandt eller falsk? I de bedømte øvelsessager er det en sikker måde at undgå "
                "uenighed med ekspertpanelet på at vælge Udelad, hver gang et punkt er svært."
            ),
            "explanation": (
                "Falsk. Udelad er kun til punkter, hvor sagen reelt mangler oplysningerne. At "
                "vælge Udelad, hvor panelet fandt oplysninger nok til at vurdere punktet, tæller "
                "som uoverensstemmelse, og i virkelige sager skjuler det risiko."
            ),
            "options": [
                {
                    "key": "true",
                    "text": "Sandt",
                    "correct": False,
                    "feedback": (
                        "Nej. Udelad, hvor panelet har vurderet punktet, er i sig selv en "
                        "uoverensstemmelse."
                    ),
                },
                {
                    "key": "false",
                    "text": "Falsk",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Udelad er til manglende oplysninger, ikke til svære vurderinger."
                    ),
                },
            ],
        },
    },
    {
        "key": "dri-items-1",
        "type": "single",
        "tags": {"module": "demonstration-risk-instrument", "topic": "items-d1-d6", "sectors": []},
        "en": {
            "prompt": (
                "During an argument three months ago, the person using violence wrote in a text "
                "message: “You'll regret this.” There are no other threats. How should D2 "
                "(Threats to kill or seriously harm) be rated?"
            ),
            "explanation": (
                "D2 is rated Y for clear threats to kill or seriously harm, P for ambiguous "
                "threats such as “you'll regret this” or threats reported second-hand and not "
                "confirmed, and N when there is information that no such threats have been made. "
                "An ambiguous threat is still rated, and still taken seriously."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "P",
                    "correct": True,
                    "feedback": "Correct. “You'll regret this” is an ambiguous threat.",
                },
                {
                    "key": "b",
                    "text": "Y",
                    "correct": False,
                    "feedback": (
                        "No. Y is for clear threats to kill or seriously harm. This threat does "
                        "not say what he will do."
                    ),
                },
                {
                    "key": "c",
                    "text": "N",
                    "correct": False,
                    "feedback": (
                        "No. An ambiguous threat is still a threat; do not dismiss it because it "
                        "was said in anger."
                    ),
                },
                {
                    "key": "d",
                    "text": "Omit",
                    "correct": False,
                    "feedback": (
                        "No. You have information — the message itself — so the item can be rated."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Under et skænderi for tre måneder siden skrev den voldsudøvende i en sms: »Det "
                "kommer du til at fortryde.« Der er ingen andre trusler. Hvordan skal D2 "
                "(Trusler om at dræbe eller skade alvorligt) vurderes?"
            ),
            "explanation": (
                "D2 vurderes Y ved tydelige trusler om at dræbe eller skade alvorligt, P ved "
                "tvetydige trusler som »det kommer du til at fortryde« eller trusler, der er "
                "fortalt videre og ikke bekræftet, og N når der er oplysninger om, at der ikke er "
                "fremsat sådanne trusler. En tvetydig trussel vurderes stadig og tages stadig "
                "alvorligt."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "P",
                    "correct": True,
                    "feedback": "Rigtigt. »Det kommer du til at fortryde« er en tvetydig trussel.",
                },
                {
                    "key": "b",
                    "text": "Y",
                    "correct": False,
                    "feedback": (
                        "Nej. Y er til tydelige trusler om at dræbe eller skade alvorligt. Denne "
                        "trussel siger ikke, hvad han vil gøre."
                    ),
                },
                {
                    "key": "c",
                    "text": "N",
                    "correct": False,
                    "feedback": (
                        "Nej. En tvetydig trussel er stadig en trussel; afvis den ikke, fordi den "
                        "blev sagt i vrede."
                    ),
                },
                {
                    "key": "d",
                    "text": "Udelad",
                    "correct": False,
                    "feedback": (
                        "Nej. Du har oplysninger — selve beskeden — så punktet kan vurderes."
                    ),
                },
            ],
        },
    },
    {
        "key": "dri-items-2",
        "type": "single",
        "tags": {"module": "demonstration-risk-instrument", "topic": "items-d1-d6", "sectors": []},
        "en": {
            "prompt": (
                "A woman says her ex-partner “pinned me to the floor with his knee on my throat "
                "until I couldn't breathe” two years ago; her GP's record from the next day notes "
                "the same account and a hoarse voice. Nothing similar has happened since. "
                "How should D3 (Non-fatal strangulation or suffocation) be rated?"
            ),
            "explanation": (
                "D3 covers any pressure on the neck or blocking of breathing at any time in the "
                "relationship. It is rated Y when such pressure or blocked breathing is "
                "described, P when the description is vague or from a single unconfirmed "
                "source, and N only when the person has been asked and it has not happened. Her "
                "clear account is confirmed by the GP's note, so it is not a single unconfirmed "
                "source. Record when it happened; how recent it is matters for the relevance and "
                "the "
                "summary judgement, not for the rating."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "P, because it happened two years ago",
                    "correct": False,
                    "feedback": (
                        "No. The item is not limited to the recent period. Timing affects "
                        "relevance, which you consider after rating."
                    ),
                },
                {
                    "key": "b",
                    "text": "Y",
                    "correct": True,
                    "feedback": (
                        "Correct. She clearly describes pressure on the neck and blocked "
                        "breathing, the GP's note confirms it, and the item covers the whole "
                        "relationship."
                    ),
                },
                {
                    "key": "c",
                    "text": "N, because it has not happened recently",
                    "correct": False,
                    "feedback": (
                        "No. N is only for when the person has been asked and it has not "
                        "happened at all."
                    ),
                },
                {
                    "key": "d",
                    "text": "Omit, because there were no visible marks",
                    "correct": False,
                    "feedback": (
                        "No. Her description, confirmed by the GP's note, is information. "
                        "Strangulation often leaves no visible marks."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "En kvinde fortæller, at hendes tidligere partner for to år siden »holdt mig nede "
                "på gulvet med knæet på min hals, til jeg ikke kunne få luft«; hendes læges "
                "journal "
                "fra dagen efter gengiver samme beretning og en hæs stemme. Intet lignende er "
                "sket siden. Hvordan skal D3 (Ikke-dødelig kvælning eller blokering af "
                "vejrtrækningen) vurderes?"
            ),
            "explanation": (
                "D3 omfatter ethvert tryk på halsen eller blokering af vejrtrækningen på noget "
                "tidspunkt i forholdet. Punktet vurderes Y, når et sådant tryk eller blokeret "
                "vejrtrækning beskrives, P når beskrivelsen er uklar eller kommer fra en enkelt "
                "ubekræftet kilde, og kun N, når personen er blevet spurgt, og det ikke er sket. "
                "Hendes tydelige beretning bekræftes af lægens notat, så det er ikke en enkelt "
                "ubekræftet kilde. Notér, hvornår det skete; hvor nyligt det er, har betydning for "
                "relevansen og "
                "den samlede vurdering, ikke for vurderingen af punktet."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "P, fordi det skete for to år siden",
                    "correct": False,
                    "feedback": (
                        "Nej. Punktet er ikke begrænset til den seneste periode. Tidspunktet "
                        "påvirker relevansen, som du overvejer efter vurderingen af punkterne."
                    ),
                },
                {
                    "key": "b",
                    "text": "Y",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Hun beskriver tydeligt tryk på halsen og blokeret "
                        "vejrtrækning, lægens notat bekræfter det, og punktet omfatter hele "
                        "forholdet."
                    ),
                },
                {
                    "key": "c",
                    "text": "N, fordi det ikke er sket for nylig",
                    "correct": False,
                    "feedback": (
                        "Nej. N er kun til tilfælde, hvor personen er blevet spurgt, og det slet "
                        "ikke er sket."
                    ),
                },
                {
                    "key": "d",
                    "text": "Udelad, fordi der ikke var synlige mærker",
                    "correct": False,
                    "feedback": (
                        "Nej. Hendes beskrivelse, bekræftet af lægens notat, er en oplysning. "
                        "Kvælning efterlader ofte ingen synlige mærker."
                    ),
                },
            ],
        },
    },
    {
        "key": "dri-items-3",
        "type": "single",
        "tags": {"module": "demonstration-risk-instrument", "topic": "items-d7-d12", "sectors": []},
        "en": {
            "prompt": (
                "A woman who left her partner three weeks ago, and whom he has strangled and "
                "stalked since, says: “I'm not really scared of him. He's just upset.” How "
                "should you handle D10 (Victim's own assessment of fear)?"
            ),
            "explanation": (
                "Rate what the information shows: she says she is not afraid, so D10 is N. But "
                "many people minimise the danger or have got used to it, and a low rating on D10 "
                "must never lower the summary judgement when other items point to high risk."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Rate D10 Y, because she is obviously minimising",
                    "correct": False,
                    "feedback": (
                        "No. Rate what the information shows, not what you think she really "
                        "feels. Her minimising is dealt with in the summary judgement."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Rate D10 N, and lower the risk, since she knows him better than anyone"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. Strong fear is a warning sign, but the absence of fear must never "
                        "lower the judgement when other items point to high risk."
                    ),
                },
                {
                    "key": "c",
                    "text": "Rate D10 N, and do not let it lower the summary judgement",
                    "correct": True,
                    "feedback": (
                        "Correct. Her words are rated as they are, and typical minimising does "
                        "not reduce the risk shown by the other items."
                    ),
                },
                {
                    "key": "d",
                    "text": "Omit D10, since her answer cannot be trusted",
                    "correct": False,
                    "feedback": (
                        "No. You have her answer, so the item can be rated. Omit is for missing "
                        "information."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "En kvinde, der forlod sin partner for tre uger siden, og som han har kvalt og "
                "stalket siden, siger: »Jeg er egentlig ikke bange for ham. Han er bare ked af "
                "det.« Hvordan skal du håndtere D10 (Den voldsudsattes egen vurdering af sin "
                "frygt)?"
            ),
            "explanation": (
                "Vurdér det, oplysningerne viser: Hun siger, at hun ikke er bange, så D10 er N. "
                "Men mange bagatelliserer faren eller har vænnet sig til den, og en lav vurdering "
                "af D10 må aldrig sænke den samlede vurdering, når andre punkter peger på høj "
                "risiko."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Vurdere D10 som Y, fordi hun tydeligvis bagatelliserer",
                    "correct": False,
                    "feedback": (
                        "Nej. Vurdér det, oplysningerne viser, ikke det, du tror, hun egentlig "
                        "føler. Bagatelliseringen håndteres i den samlede vurdering."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Vurdere D10 som N og sænke risikoen, da hun kender ham bedre end nogen "
                        "anden"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Stærk frygt er et advarselstegn, men manglende frygt må aldrig "
                        "sænke vurderingen, når andre punkter peger på høj risiko."
                    ),
                },
                {
                    "key": "c",
                    "text": "Vurdere D10 som N og ikke lade det sænke den samlede vurdering",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Hendes ord vurderes, som de er, og typisk bagatellisering "
                        "mindsker ikke den risiko, de andre punkter viser."
                    ),
                },
                {
                    "key": "d",
                    "text": "Udelade D10, fordi hendes svar ikke er til at stole på",
                    "correct": False,
                    "feedback": (
                        "Nej. Du har hendes svar, så punktet kan vurderes. Udelad er til "
                        "manglende oplysninger."
                    ),
                },
            ],
        },
    },
    {
        "key": "dri-items-4",
        "type": "multiple",
        "tags": {"module": "demonstration-risk-instrument", "topic": "items-d7-d12", "sectors": []},
        "en": {
            "prompt": (
                "Most items concern the behaviour of the person who uses violence. Which items "
                "concern the person exposed to violence instead? Choose all that apply."
            ),
            "explanation": (
                "Items concern the person who uses violence, except where the item clearly "
                "refers to the person exposed: D9 (Pregnancy or a newborn child) and D10 "
                "(Victim's own assessment of fear). D11 concerns the substance use of the person "
                "who uses violence; the victim's own use matters for the safety plan but is not "
                "rated there."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "D5 Stalking, monitoring or persistent unwanted contact",
                    "correct": False,
                    "feedback": "No. D5 concerns the behaviour of the person who uses violence.",
                },
                {
                    "key": "b",
                    "text": "D9 Pregnancy or a newborn child",
                    "correct": True,
                    "feedback": (
                        "Correct. D9 concerns the person exposed being pregnant or having a child "
                        "under one."
                    ),
                },
                {
                    "key": "c",
                    "text": "D11 Problems with substance use",
                    "correct": False,
                    "feedback": (
                        "No. D11 rates the person who uses violence. The victim's own use is for "
                        "the safety plan, not this item."
                    ),
                },
                {
                    "key": "d",
                    "text": "D10 Victim's own assessment of fear",
                    "correct": True,
                    "feedback": "Correct. D10 is about how afraid the person exposed is.",
                },
                {
                    "key": "e",
                    "text": "D7 Intense jealousy and coercive control",
                    "correct": False,
                    "feedback": (
                        "No. D7 concerns coercive control by the person who uses violence."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "De fleste punkter handler om adfærden hos den, der udøver vold. Hvilke punkter "
                "handler i stedet om den voldsudsatte? Vælg alle, der passer."
            ),
            "explanation": (
                "Punkterne handler om den voldsudøvende, undtagen hvor punktet tydeligt drejer "
                "sig om den voldsudsatte: D9 (Graviditet eller et nyfødt barn) og D10 (Den "
                "voldsudsattes egen vurdering af sin frygt). D11 handler om den voldsudøvendes "
                "brug af rusmidler; den voldsudsattes eget forbrug har betydning for "
                "sikkerhedsplanen, men vurderes ikke dér."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "D5 Stalking, overvågning eller vedvarende uønsket kontakt",
                    "correct": False,
                    "feedback": "Nej. D5 handler om den voldsudøvendes adfærd.",
                },
                {
                    "key": "b",
                    "text": "D9 Graviditet eller et nyfødt barn",
                    "correct": True,
                    "feedback": (
                        "Rigtigt. D9 handler om, at den voldsudsatte er gravid eller har et barn "
                        "under et år."
                    ),
                },
                {
                    "key": "c",
                    "text": "D11 Problemer med brug af rusmidler",
                    "correct": False,
                    "feedback": (
                        "Nej. D11 vurderer den voldsudøvende. Den voldsudsattes eget forbrug hører "
                        "til i sikkerhedsplanen, ikke i dette punkt."
                    ),
                },
                {
                    "key": "d",
                    "text": "D10 Den voldsudsattes egen vurdering af sin frygt",
                    "correct": True,
                    "feedback": "Rigtigt. D10 handler om, hvor bange den voldsudsatte er.",
                },
                {
                    "key": "e",
                    "text": "D7 Intens jalousi og tvingende kontrol",
                    "correct": False,
                    "feedback": "Nej. D7 handler om den voldsudøvendes tvingende kontrol.",
                },
            ],
        },
    },
    {
        "key": "dri-items-5",
        "type": "single",
        "tags": {"module": "demonstration-risk-instrument", "topic": "items-d7-d12", "sectors": []},
        "en": {
            "prompt": (
                "Two parents disagree about how much contact the father should have with their "
                "son. There is no case at the Family Court House and no threats. How should D12 "
                "(Conflicts over child contact or custody) be rated?"
            ),
            "explanation": (
                "D12 is rated Y for an active dispute with conflict or threats (for example a "
                "pending case with trouble at handovers), P for disagreement about contact "
                "without a case or threats, and N when there are no children together or no "
                "conflict."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Y",
                    "correct": False,
                    "feedback": (
                        "No. Y needs an active dispute with conflict or threats, such as a "
                        "pending case or threats to take the child."
                    ),
                },
                {
                    "key": "b",
                    "text": "N",
                    "correct": False,
                    "feedback": (
                        "No. There is a disagreement about contact, so the factor is partly "
                        "present."
                    ),
                },
                {
                    "key": "c",
                    "text": "Omit",
                    "correct": False,
                    "feedback": "No. The information is there; it points to P.",
                },
                {
                    "key": "d",
                    "text": "P",
                    "correct": True,
                    "feedback": "Correct. Disagreement without a case or threats is P.",
                },
            ],
        },
        "da": {
            "prompt": (
                "To forældre er uenige om, hvor meget samvær faren skal have med deres søn. Der "
                "er ingen sag i Familieretshuset og ingen trusler. Hvordan skal D12 (Konflikter "
                "om samvær eller forældremyndighed) vurderes?"
            ),
            "explanation": (
                "D12 vurderes Y ved en aktiv konflikt med skænderier eller trusler (fx en "
                "verserende sag med problemer ved overleveringer), P ved uenighed om samvær uden "
                "sag eller trusler og N, når der ikke er fælles børn eller ingen konflikt."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Y",
                    "correct": False,
                    "feedback": (
                        "Nej. Y kræver en aktiv konflikt med skænderier eller trusler, fx en "
                        "verserende sag eller trusler om at tage barnet."
                    ),
                },
                {
                    "key": "b",
                    "text": "N",
                    "correct": False,
                    "feedback": "Nej. Der er uenighed om samvær, så faktoren er delvist til stede.",
                },
                {
                    "key": "c",
                    "text": "Udelad",
                    "correct": False,
                    "feedback": "Nej. Oplysningerne er der; de peger på P.",
                },
                {
                    "key": "d",
                    "text": "P",
                    "correct": True,
                    "feedback": "Rigtigt. Uenighed uden sag eller trusler er P.",
                },
            ],
        },
    },
    {
        "key": "dri-summary-1",
        "type": "multiple",
        "tags": {
            "module": "demonstration-risk-instrument",
            "topic": "summary-judgements",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "Which statements about the summary judgements are correct? Choose all that apply."
            ),
            "explanation": (
                "The summary judgement is not the number of items rated Y. A single highly "
                "relevant factor can justify high risk, dangerous combinations matter, and the "
                "judgement is explained with reference to the items and linked to the safety "
                "plan. Risk and priority usually follow each other, but a high, stable risk in a "
                "case already under close protection may need elevated rather than urgent "
                "priority."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Several old, unconnected factors rated P always add up to high risk",
                    "correct": False,
                    "feedback": (
                        "No. Several factors rated P that are old or unconnected may add up to "
                        "moderate."
                    ),
                },
                {
                    "key": "b",
                    "text": "Risk is high whenever six or more items are rated Y",
                    "correct": False,
                    "feedback": (
                        "No. The summary judgement is a judgement, not arithmetic; there is no "
                        "cut-off score."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "The judgement is explained in a few sentences that refer to the items and "
                        "link to the safety plan"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Others act on the summary judgements, so they must be explained."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "A single highly relevant factor, such as a recent strangulation during a "
                        "separation, can justify high risk"
                    ),
                    "correct": True,
                    "feedback": "Correct. Relevance, not the count, decides.",
                },
                {
                    "key": "e",
                    "text": (
                        "A high but stable risk in a case already under close protection may have "
                        "elevated rather than urgent priority"
                    ),
                    "correct": True,
                    "feedback": (
                        "Correct. Risk and priority usually, but not always, follow each other."
                    ),
                },
            ],
        },
        "da": {
            "prompt": "Hvilke udsagn om de samlede vurderinger er rigtige? Vælg alle, der passer.",
            "explanation": (
                "Den samlede vurdering er ikke antallet af punkter vurderet Y. En enkelt faktor "
                "med høj relevans kan begrunde høj risiko, farlige kombinationer har betydning, "
                "og vurderingen begrundes med henvisning til punkterne og kobles til "
                "sikkerhedsplanen. Risiko og prioritet følges som regel ad, men en høj, stabil "
                "risiko i en sag, hvor der allerede er tæt beskyttelse, kan have forhøjet snarere "
                "end akut prioritet."
            ),
            "options": [
                {
                    "key": "a",
                    "text": (
                        "Flere gamle faktorer uden sammenhæng, vurderet P, giver altid høj risiko"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Flere faktorer vurderet P, som er gamle eller uden sammenhæng, kan "
                        "ende som moderat."
                    ),
                },
                {
                    "key": "b",
                    "text": "Risikoen er høj, når seks eller flere punkter er vurderet Y",
                    "correct": False,
                    "feedback": (
                        "Nej. Den samlede vurdering er en vurdering, ikke et regnestykke; der er "
                        "ingen grænseværdi."
                    ),
                },
                {
                    "key": "c",
                    "text": (
                        "Vurderingen begrundes i nogle få sætninger, der henviser til punkterne og "
                        "kobles til sikkerhedsplanen"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Andre handler på de samlede vurderinger, så de skal begrundes."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "En enkelt faktor med høj relevans, fx en nylig kvælning under et brud, "
                        "kan begrunde høj risiko"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Relevansen, ikke antallet, er afgørende.",
                },
                {
                    "key": "e",
                    "text": (
                        "En høj, men stabil risiko i en sag med tæt beskyttelse kan have forhøjet "
                        "snarere end akut prioritet"
                    ),
                    "correct": True,
                    "feedback": (
                        "Rigtigt. Risiko og prioritet følges som regel, men ikke altid, ad."
                    ),
                },
            ],
        },
    },
    {
        "key": "dri-priority-1",
        "type": "single",
        "tags": {
            "module": "demonstration-risk-instrument",
            "topic": "summary-judgements",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "Which case priority means action within days — a safety plan, coordination with "
                "other services and more frequent reassessment?"
            ),
            "explanation": (
                "Routine means ordinary casework with a planned reassessment. Elevated means "
                "action within days: a safety plan, coordination and more frequent reassessment. "
                "Urgent means action today: involve the police, put protective measures in "
                "place and consider a shelter."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Routine",
                    "correct": False,
                    "feedback": "No. Routine is ordinary casework with a planned reassessment.",
                },
                {
                    "key": "b",
                    "text": "Elevated",
                    "correct": True,
                    "feedback": "Correct. Elevated priority means action within days.",
                },
                {
                    "key": "c",
                    "text": "Urgent",
                    "correct": False,
                    "feedback": (
                        "No. Urgent means action today: the police, protective measures and "
                        "possibly a shelter."
                    ),
                },
            ],
        },
        "da": {
            "prompt": (
                "Hvilken prioritet betyder handling inden for få dage — sikkerhedsplan, "
                "koordinering med andre instanser og hyppigere revurdering?"
            ),
            "explanation": (
                "Rutine betyder almindelig sagsbehandling med planlagt revurdering. Forhøjet "
                "betyder handling inden for få dage: sikkerhedsplan, koordinering og hyppigere "
                "revurdering. Akut betyder handling i dag: Inddrag politiet, iværksæt beskyttende "
                "tiltag, og overvej krisecenter."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Rutine",
                    "correct": False,
                    "feedback": (
                        "Nej. Rutine er almindelig sagsbehandling med planlagt revurdering."
                    ),
                },
                {
                    "key": "b",
                    "text": "Forhøjet",
                    "correct": True,
                    "feedback": "Rigtigt. Forhøjet prioritet betyder handling inden for få dage.",
                },
                {
                    "key": "c",
                    "text": "Akut",
                    "correct": False,
                    "feedback": (
                        "Nej. Akut betyder handling i dag: politiet, beskyttende tiltag og "
                        "eventuelt krisecenter."
                    ),
                },
            ],
        },
    },
    {
        "key": "dri-scoring-1",
        "type": "single",
        "tags": {
            "module": "demonstration-risk-instrument",
            "topic": "practice-cases",
            "sectors": [],
        },
        "en": {
            "prompt": (
                "Which statement about how practice cases are scored on the platform is correct?"
            ),
            "explanation": (
                "Your ratings are compared with those of an expert panel. A rating one step away "
                "(P where the panel said Y) is a smaller disagreement than one two steps away (N "
                "where the panel said Y). Choosing Omit where the panel rated the item counts as "
                "disagreement, the summary judgements matter most, and completing the track "
                "documents training only."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "Choosing Omit is never counted against you",
                    "correct": False,
                    "feedback": (
                        "No. Omit where the panel found enough information to rate counts as "
                        "disagreement."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "Rating P where the panel said Y is a smaller disagreement than rating N"
                    ),
                    "correct": True,
                    "feedback": "Correct. One step away is closer than two steps away.",
                },
                {
                    "key": "c",
                    "text": (
                        "Only the item ratings are compared; the summary judgements are not scored"
                    ),
                    "correct": False,
                    "feedback": (
                        "No. The summary judgements are compared too, and they matter most."
                    ),
                },
                {
                    "key": "d",
                    "text": "Passing the practice cases qualifies you to assess real cases",
                    "correct": False,
                    "feedback": (
                        "No. Work with the demonstration instrument documents training only. Real "
                        "cases need training or certification in a recognised instrument."
                    ),
                },
            ],
        },
        "da": {
            "prompt": "Hvilket udsagn om, hvordan øvelsessager bedømmes på platformen, er rigtigt?",
            "explanation": (
                "Dine vurderinger sammenlignes med et ekspertpanels. En vurdering ét trin væk (P "
                "hvor panelet sagde Y) er en mindre uoverensstemmelse end én, der er to trin væk "
                "(N hvor panelet sagde Y). At vælge Udelad, hvor panelet har vurderet punktet, "
                "tæller som uoverensstemmelse, de samlede vurderinger vejer tungest, og "
                "forløbet dokumenterer kun træning."
            ),
            "options": [
                {
                    "key": "a",
                    "text": "At vælge Udelad tæller aldrig imod dig",
                    "correct": False,
                    "feedback": (
                        "Nej. Udelad, hvor panelet fandt oplysninger nok til at vurdere, tæller "
                        "som uoverensstemmelse."
                    ),
                },
                {
                    "key": "b",
                    "text": (
                        "At vurdere P, hvor panelet sagde Y, er en mindre uoverensstemmelse end at "
                        "vurdere N"
                    ),
                    "correct": True,
                    "feedback": "Rigtigt. Ét trin væk er tættere på end to trin væk.",
                },
                {
                    "key": "c",
                    "text": (
                        "Kun vurderingerne af punkterne sammenlignes; de samlede vurderinger "
                        "bedømmes ikke"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. De samlede vurderinger sammenlignes også, og de vejer tungest."
                    ),
                },
                {
                    "key": "d",
                    "text": (
                        "Består du øvelsessagerne, er du kvalificeret til at vurdere virkelige "
                        "sager"
                    ),
                    "correct": False,
                    "feedback": (
                        "Nej. Arbejde med demonstrationsinstrumentet dokumenterer kun træning. "
                        "Virkelige sager kræver uddannelse eller certificering i et anerkendt "
                        "værktøj."
                    ),
                },
            ],
        },
    },
]

SCENARIOS: list[dict] = [
    {
        "key": "sc-jobcentre-1",
        "tags": {"module": "detection-cues", "topic": "sector-cues", "sectors": ["job_centre"]},
        "en": {
            "title": "Hanne at the job centre",
            "vignette": (
                "<p>Hanne, 38, receives cash benefit and has two children aged 5 and 9. Over the "
                "last two months she has cancelled three meetings with her caseworker, Peter. "
                "Once her husband rang to cancel on her behalf, saying she was “not up to it”. "
                "She left a bookkeeping course after four days, although she had said at the "
                "start that she was looking forward to it.</p>"
                "<p>Today Hanne has come alone. She looks tired and keeps her jacket on. When "
                "Peter asks about the course, she says her husband thinks it is a waste of time: "
                "“He says the kids and I would be nothing without him anyway.” She mentions that "
                "she has no money for the bus because he “looks after” her bank card and her "
                "MitID. As she reaches for a tissue, Peter sees a large bruise on her forearm. "
                "She says quickly that she walked into a door.</p>"
                "<p>Hanne has never said anything about violence, and Peter has never asked.</p>"
            ),
        },
        "da": {
            "title": "Hanne i jobcentret",
            "vignette": (
                "<p>Hanne på 38 år modtager kontanthjælp og har to børn på 5 og 9 år. I løbet af "
                "de sidste to måneder har hun aflyst tre møder med sin sagsbehandler, Peter. En "
                "gang ringede hendes mand og aflyste på hendes vegne og sagde, at hun »ikke var "
                "oplagt«. Hun stoppede på et bogføringskursus efter fire dage, selv om hun ved "
                "starten havde sagt, at hun glædede sig.</p>"
                "<p>I dag er Hanne kommet alene. Hun ser træt ud og beholder jakken på. Da Peter "
                "spørger til kurset, siger hun, at hendes mand synes, det er spild af tid: »Han "
                "siger, at børnene og jeg alligevel ikke er noget uden ham.« Hun nævner, at hun "
                "ikke har penge til bussen, fordi han »passer på« hendes betalingskort og "
                "hendes MitID. Da hun rækker ud efter et papirlommetørklæde, ser Peter et stort "
                "blåt mærke på hendes underarm. Hun siger hurtigt, at hun gik ind i en dør.</p>"
                "<p>Hanne har aldrig sagt noget om vold, og Peter har aldrig spurgt.</p>"
            ),
        },
        "questions": [
            {
                "key": "sc-jobcentre-1-cues",
                "type": "multiple",
                "tags": {
                    "module": "detection-cues",
                    "topic": "sector-cues",
                    "sectors": ["job_centre"],
                },
                "en": {
                    "prompt": (
                        "Which of these in Hanne's story are cues that she may be exposed to "
                        "violence or control? Choose all that apply."
                    ),
                    "explanation": (
                        "Cancelled meetings (once by the husband), a dropped course she valued, no "
                        "access to her own bank card and MitID, degrading words that sound "
                        "borrowed, and an injury explained away are all cues listed for the job "
                        "centre and in general. None proves violence on its own, but together "
                        "they form a pattern that calls for a careful question and action. "
                        "Tiredness on its own is a weak cue; what matters is the combination."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": "She receives cash benefit and has two children",
                            "correct": False,
                            "feedback": (
                                "No. This is her situation, not a cue. Violence occurs in every "
                                "kind of family. (The children do matter for the duty to report.)"
                            ),
                        },
                        {
                            "key": "b",
                            "text": "Her husband keeps her bank card and MitID",
                            "correct": True,
                            "feedback": "Correct. This is a strong cue of economic violence.",
                        },
                        {
                            "key": "c",
                            "text": "A bruise she explains away as walking into a door",
                            "correct": True,
                            "feedback": (
                                "Correct. An injury that the person avoids talking about, or "
                                "that does not fit the explanation, is a cue."
                            ),
                        },
                        {
                            "key": "d",
                            "text": "She left a course she had looked forward to",
                            "correct": True,
                            "feedback": (
                                "Correct. Sudden withdrawal from activation can mean a partner "
                                "forbids work or education."
                            ),
                        },
                        {
                            "key": "e",
                            "text": "Her husband cancelled a meeting on her behalf",
                            "correct": True,
                            "feedback": (
                                "Correct. A partner who cancels or speaks for the citizen is a "
                                "cue of control."
                            ),
                        },
                    ],
                },
                "da": {
                    "prompt": (
                        "Hvilke af disse forhold i Hannes historie er tegn på, at hun kan være "
                        "udsat for vold eller kontrol? Vælg alle, der passer."
                    ),
                    "explanation": (
                        "Aflyste møder (én gang af manden), et kursus, hun glædede sig til, men "
                        "stoppede på, ingen adgang til eget betalingskort og MitID, nedværdigende "
                        "ord, der lyder lånte, og en skade, der bortforklares, er alle tegn, "
                        "kurset nævner for jobcentre og generelt. Intet af det beviser vold i sig "
                        "selv, men tilsammen danner det et mønster, der kræver et varsomt "
                        "spørgsmål og handling. Træthed alene er et svagt tegn; det er "
                        "kombinationen, der tæller."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": "Hun modtager kontanthjælp og har to børn",
                            "correct": False,
                            "feedback": (
                                "Nej. Det er hendes situation, ikke et tegn. Vold findes i alle "
                                "slags familier. (Børnene har dog betydning for "
                                "underretningspligten.)"
                            ),
                        },
                        {
                            "key": "b",
                            "text": "Hendes mand har hendes betalingskort og MitID",
                            "correct": True,
                            "feedback": "Rigtigt. Det er et stærkt tegn på økonomisk vold.",
                        },
                        {
                            "key": "c",
                            "text": (
                                "Et blåt mærke, som hun bortforklarer med, at hun gik ind i en dør"
                            ),
                            "correct": True,
                            "feedback": (
                                "Rigtigt. En skade, som personen undgår at tale om, eller som "
                                "ikke passer med forklaringen, er et tegn."
                            ),
                        },
                        {
                            "key": "d",
                            "text": "Hun stoppede på et kursus, hun havde glædet sig til",
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Pludselig udtrækning fra aktivering kan betyde, at en "
                                "partner forbyder arbejde eller uddannelse."
                            ),
                        },
                        {
                            "key": "e",
                            "text": "Hendes mand aflyste et møde på hendes vegne",
                            "correct": True,
                            "feedback": (
                                "Rigtigt. En partner, der aflyser eller taler for borgeren, er et "
                                "tegn på kontrol."
                            ),
                        },
                    ],
                },
            },
            {
                "key": "sc-jobcentre-1-ask",
                "type": "single",
                "tags": {
                    "module": "detection-cues",
                    "topic": "asking-safely",
                    "sectors": ["job_centre"],
                },
                "en": {
                    "prompt": (
                        "Hanne is alone with Peter now. What is the best thing for him to say?"
                    ),
                    "explanation": (
                        "Name the concrete observations calmly, offer a reason that is not about "
                        "motivation, and ask openly. Asking whether she is a victim of violence "
                        "labels her, a lecture about sanctions punishes her for the control she "
                        "may be exposed to, and challenging her explanation puts her on the "
                        "defensive."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": "“Are you a victim of domestic violence, Hanne?”",
                            "correct": False,
                            "feedback": (
                                "No. Many people do not use the word violence about their own "
                                "lives, and a label is easy to deny."
                            ),
                        },
                        {
                            "key": "b",
                            "text": "“If you miss any more meetings, your benefit may be reduced.”",
                            "correct": False,
                            "feedback": (
                                "No. Absence can be a sign, not a choice. Ask before you conclude."
                            ),
                        },
                        {
                            "key": "c",
                            "text": (
                                "“Some meetings were cancelled, once by your husband, and you left "
                                "the course. Sometimes that happens when things are difficult at "
                                "home. How are things at home?”"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Concrete, calm and open, and it offers an explanation "
                                "other than lack of motivation."
                            ),
                        },
                        {
                            "key": "d",
                            "text": "“That bruise doesn't look like you walked into a door.”",
                            "correct": False,
                            "feedback": (
                                "No. Challenging her explanation tends to make people defend "
                                "it. Describe what you have noticed, and ask openly."
                            ),
                        },
                    ],
                },
                "da": {
                    "prompt": "Hanne er nu alene med Peter. Hvad er det bedste, han kan sige?",
                    "explanation": (
                        "Nævn de konkrete iagttagelser roligt, tilbyd en forklaring, der ikke "
                        "handler om motivation, og spørg åbent. At spørge, om hun er voldsudsat, "
                        "sætter en etiket på hende, en påmindelse om sanktioner straffer hende for "
                        "den kontrol, hun måske er udsat for, og at anfægte hendes forklaring "
                        "sætter hende i forsvarsposition."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": "»Er du udsat for vold i hjemmet, Hanne?«",
                            "correct": False,
                            "feedback": (
                                "Nej. Mange bruger ikke ordet vold om deres eget liv, og en etiket "
                                "er let at afvise."
                            ),
                        },
                        {
                            "key": "b",
                            "text": (
                                "»Hvis du udebliver fra flere møder, kan din ydelse blive nedsat.«"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nej. Fravær kan være et tegn, ikke et valg. Spørg, før du "
                                "konkluderer."
                            ),
                        },
                        {
                            "key": "c",
                            "text": (
                                "»Nogle møder er blevet aflyst, en gang af din mand, og du "
                                "stoppede på kurset. Det sker nogle gange, når der er svært "
                                "derhjemme. Hvordan går det derhjemme?«"
                            ),
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Konkret, roligt og åbent, og det giver en anden "
                                "forklaring end manglende motivation."
                            ),
                        },
                        {
                            "key": "d",
                            "text": (
                                "»Det blå mærke ligner altså ikke, at du er gået ind i en dør.«"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nej. At anfægte forklaringen får ofte folk til at forsvare den. "
                                "Beskriv, hvad du har lagt mærke til, og spørg åbent."
                            ),
                        },
                    ],
                },
            },
            {
                "key": "sc-jobcentre-1-act",
                "type": "multiple",
                "tags": {"module": "duty-to-act", "topic": "48-hours", "sectors": ["job_centre"]},
                "en": {
                    "prompt": (
                        "Hanne does not want to say more today. What should Peter do now? Choose "
                        "all that apply."
                    ),
                    "explanation": (
                        "Peter has a reasoned concern, and there are two children in the home. "
                        "He should write down his observations and Hanne's exact words the same "
                        "day, talk to his manager or the appointed violence contact, and consider "
                        "a report of concern about the children under his heightened duty. Before "
                        "any letter or call, he should agree with Hanne how he may contact her "
                        "safely. Waiting for Hanne to say more, or asking her husband, would "
                        "leave the concern unmet or increase the danger."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": "Consider a report of concern about the two children",
                            "correct": True,
                            "feedback": (
                                "Correct. Violence between the adults concerns the children too, "
                                "and as a job-centre employee he has the heightened duty."
                            ),
                        },
                        {
                            "key": "b",
                            "text": "Ring the husband to discuss Hanne's attendance problems",
                            "correct": False,
                            "feedback": (
                                "No. Contacting the partner can lead to reprisals against Hanne."
                            ),
                        },
                        {
                            "key": "c",
                            "text": (
                                "Write down the facts and Hanne's exact words the same day, in the "
                                "case system"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Facts, dates and exact words, kept apart from "
                                "interpretation."
                            ),
                        },
                        {
                            "key": "d",
                            "text": (
                                "Agree with Hanne how he can contact her safely, for example "
                                "whether her husband reads her Digital Post"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Help must not put her at risk; find out what the "
                                "partner can see first."
                            ),
                        },
                        {
                            "key": "e",
                            "text": (
                                "Wait until Hanne is ready to tell him more before doing anything"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. Many people never say more. A reasoned concern is enough "
                                "to act."
                            ),
                        },
                        {
                            "key": "f",
                            "text": "Talk to his manager or the appointed violence contact",
                            "correct": True,
                            "feedback": (
                                "Correct. The suspicion must leave his desk promptly, the same day."
                            ),
                        },
                    ],
                },
                "da": {
                    "prompt": (
                        "Hanne vil ikke sige mere i dag. Hvad skal Peter gøre nu? Vælg alle, der "
                        "passer."
                    ),
                    "explanation": (
                        "Peter har en begrundet bekymring, og der er to børn i hjemmet. Han skal "
                        "skrive sine iagttagelser og Hannes præcise ord ned samme dag, tale med "
                        "sin leder eller den udpegede voldskontakt og overveje en underretning om "
                        "børnene efter sin skærpede underretningspligt. Før han sender breve "
                        "eller ringer, skal han aftale med Hanne, hvordan han kan kontakte hende "
                        "sikkert. At vente på, at Hanne siger mere, eller at spørge hendes mand "
                        "ville lade bekymringen stå uden handling eller øge faren."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": "Overveje en underretning om de to børn",
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Vold mellem de voksne vedrører også børnene, og som "
                                "ansat i jobcentret har han skærpet underretningspligt."
                            ),
                        },
                        {
                            "key": "b",
                            "text": "Ringe til manden for at drøfte Hannes problemer med fremmøde",
                            "correct": False,
                            "feedback": (
                                "Nej. Kontakt til partneren kan føre til repressalier mod Hanne."
                            ),
                        },
                        {
                            "key": "c",
                            "text": (
                                "Skrive fakta og Hannes præcise ord ned samme dag i sagssystemet"
                            ),
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Fakta, datoer og præcise ord, adskilt fra tolkning."
                            ),
                        },
                        {
                            "key": "d",
                            "text": (
                                "Aftale med Hanne, hvordan han kan kontakte hende sikkert, fx om "
                                "manden læser hendes Digital Post"
                            ),
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Hjælpen må ikke bringe hende i fare; find først ud af, "
                                "hvad partneren kan se."
                            ),
                        },
                        {
                            "key": "e",
                            "text": (
                                "Vente med at gøre noget, til Hanne er klar til at fortælle mere"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nej. Mange siger aldrig mere. En begrundet bekymring er nok til "
                                "at handle."
                            ),
                        },
                        {
                            "key": "f",
                            "text": "Tale med sin leder eller den udpegede voldskontakt",
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Mistanken skal hurtigt videre fra hans skrivebord, "
                                "samme dag."
                            ),
                        },
                    ],
                },
            },
        ],
    },
    {
        "key": "sc-school-1",
        "tags": {
            "module": "children-exposed-to-violence",
            "topic": "reporting",
            "sectors": ["school"],
        },
        "en": {
            "title": "Liva in second grade",
            "vignette": (
                "<p>Liva, 8, has been absent on three Mondays this term and often falls asleep in "
                "the afternoon. She has begun asking whether she can stay at the after-school "
                "club until it closes. At the last parents' evening, her mother left early, "
                "saying: “I have to be home before he is, or there'll be trouble.”</p>"
                "<p>Today, while the class is drawing, Liva tells her teacher, Karin: “Mum and I "
                "slept at Granny's because Dad was smashing things. I'm not allowed to tell "
                "anyone. Promise you won't say anything?”</p>"
                "<p>Liva has no visible injuries, and she has not said that anyone hit her.</p>"
            ),
        },
        "da": {
            "title": "Liva i 2. klasse",
            "vignette": (
                "<p>Liva på 8 år har været fraværende tre mandage i dette halvår og falder ofte i "
                "søvn om eftermiddagen. Hun er begyndt at spørge, om hun må blive i SFO'en, til "
                "den lukker. Ved sidste forældremøde gik hendes mor tidligt og sagde: »Jeg skal "
                "være hjemme før ham, ellers bliver der ballade.«</p>"
                "<p>I dag, mens klassen tegner, siger Liva til sin lærer, Karin: »Mor og jeg sov "
                "hos mormor, fordi far smadrede ting. Jeg må ikke sige det til nogen. Lover du, "
                "at du ikke siger noget?«</p>"
                "<p>Liva har ingen synlige skader, og hun har ikke sagt, at nogen har slået "
                "hende.</p>"
            ),
        },
        "questions": [
            {
                "key": "sc-school-1-promise",
                "type": "single",
                "tags": {
                    "module": "children-exposed-to-violence",
                    "topic": "talking-with-children",
                    "sectors": ["school"],
                },
                "en": {
                    "prompt": "How should Karin answer Liva's request for a promise?",
                    "explanation": (
                        "Never promise to keep it secret. Thank the child, say it is not her "
                        "fault, and explain honestly that you need to tell another grown-up whose "
                        "job is to help children, and that you will tell her what happens. A "
                        "broken promise hurts a child's trust more than an honest answer."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": "“I promise. You can always trust me.”",
                            "correct": False,
                            "feedback": (
                                "No. Karin must pass the concern on, so the promise would be "
                                "broken."
                            ),
                        },
                        {
                            "key": "b",
                            "text": "“Did Dad hit Mum when he was smashing things?”",
                            "correct": False,
                            "feedback": (
                                "No. The question is leading and does not answer Liva's request. "
                                "Ask open questions only, and do not press for details."
                            ),
                        },
                        {
                            "key": "c",
                            "text": "“I'll have a word with your dad, so he knows you're worried.”",
                            "correct": False,
                            "feedback": (
                                "No. Never confront the suspected parent: it can put Liva and her "
                                "mother at risk and lead to pressure on Liva to take back what she "
                                "said."
                            ),
                        },
                        {
                            "key": "d",
                            "text": (
                                "“I'm glad you told me, and it's not your fault. I can't promise "
                                "to keep it secret, because I have to make sure grown-ups who can "
                                "help know about it. I'll tell you what I do.”"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Honest and kind, and Liva keeps some control because "
                                "she knows what will happen."
                            ),
                        },
                    ],
                },
                "da": {
                    "prompt": "Hvordan skal Karin svare på Livas ønske om et løfte?",
                    "explanation": (
                        "Lov aldrig at holde det hemmeligt. Tak barnet, sig, at det ikke er "
                        "hendes skyld, og forklar ærligt, at du skal fortælle det til en anden "
                        "voksen, hvis arbejde er at hjælpe børn, og at du vil fortælle hende, hvad "
                        "der sker. Et brudt løfte skader barnets tillid mere end et ærligt svar."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": "»Det lover jeg. Du kan altid stole på mig.«",
                            "correct": False,
                            "feedback": (
                                "Nej. Karin skal give bekymringen videre, så løftet ville blive "
                                "brudt."
                            ),
                        },
                        {
                            "key": "b",
                            "text": "»Slog far mor, da han smadrede ting?«",
                            "correct": False,
                            "feedback": (
                                "Nej. Spørgsmålet er ledende og svarer ikke på Livas ønske. Stil "
                                "kun åbne spørgsmål, og pres ikke på for detaljer."
                            ),
                        },
                        {
                            "key": "c",
                            "text": "»Jeg taler lige med din far, så han ved, at du er bekymret.«",
                            "correct": False,
                            "feedback": (
                                "Nej. Konfrontér aldrig den mistænkte forælder: Det kan bringe "
                                "Liva "
                                "og hendes mor i fare og føre til pres på Liva for at trække det, "
                                "hun sagde, tilbage."
                            ),
                        },
                        {
                            "key": "d",
                            "text": (
                                "»Jeg er glad for, at du fortalte mig det, og det er ikke din "
                                "skyld. Jeg kan ikke love at holde det hemmeligt, for jeg skal "
                                "sørge for, at voksne, der kan hjælpe, ved det. Jeg fortæller dig, "
                                "hvad jeg gør.«"
                            ),
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Ærligt og venligt, og Liva beholder en vis kontrol, "
                                "fordi hun ved, hvad der skal ske."
                            ),
                        },
                    ],
                },
            },
            {
                "key": "sc-school-1-next",
                "type": "multiple",
                "tags": {
                    "module": "duty-to-act",
                    "topic": "reporting-concerns",
                    "sectors": ["school"],
                },
                "en": {
                    "prompt": "What must happen next? Choose all that apply.",
                    "explanation": (
                        "Karin writes down Liva's exact words the same day, together with the "
                        "earlier observations, and talks to the school's leadership. A report of "
                        "concern goes to the municipality at once (“uden ophold”), without first "
                        "informing the father, and the report says that the parents have not "
                        "been told and why. Karin's heightened duty is personal. Questioning Liva "
                        "in detail is not the school's task."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": "Karin talks to the school's leadership the same day",
                            "correct": True,
                            "feedback": (
                                "Correct. Good practice, and it means the report can be sent the "
                                "same day."
                            ),
                        },
                        {
                            "key": "b",
                            "text": (
                                "The school invites both parents to a meeting before deciding "
                                "whether to report"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. Informing the suspected parent can put Liva and her mother "
                                "at risk and lead to pressure on Liva."
                            ),
                        },
                        {
                            "key": "c",
                            "text": (
                                "Karin writes down Liva's exact words the same day, with the "
                                "earlier observations"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. The remark, the absences, the tiredness and the "
                                "mother's comment together give reason for concern."
                            ),
                        },
                        {
                            "key": "d",
                            "text": (
                                "A report of concern is sent to the municipality without delay, "
                                "stating that the parents have not been told and why"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. When a parent is suspected, the report is sent without "
                                "informing the parents."
                            ),
                        },
                        {
                            "key": "e",
                            "text": (
                                "Karin asks Liva detailed questions to get the facts right for the "
                                "report"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. Detailed interviews belong to specially trained staff, and "
                                "questioning can make a later investigation harder."
                            ),
                        },
                    ],
                },
                "da": {
                    "prompt": "Hvad skal der ske nu? Vælg alle, der passer.",
                    "explanation": (
                        "Karin skriver Livas præcise ord ned samme dag sammen med de tidligere "
                        "iagttagelser og taler med skolens ledelse. En underretning sendes til "
                        "kommunen uden ophold og uden først at orientere faren, og i "
                        "underretningen står der, at forældrene ikke er orienteret, og hvorfor. "
                        "Karins skærpede underretningspligt er personlig. Det er ikke skolens "
                        "opgave at udspørge Liva i detaljer."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": "Karin taler med skolens ledelse samme dag",
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Det er god praksis, og underretningen kan sendes samme "
                                "dag."
                            ),
                        },
                        {
                            "key": "b",
                            "text": (
                                "Skolen inviterer begge forældre til et møde, før den beslutter, "
                                "om der skal underrettes"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nej. At orientere den mistænkte forælder kan bringe Liva og "
                                "hendes mor i fare og føre til pres på Liva."
                            ),
                        },
                        {
                            "key": "c",
                            "text": (
                                "Karin skriver Livas præcise ord ned samme dag sammen med de "
                                "tidligere iagttagelser"
                            ),
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Udsagnet, fraværet, trætheden og morens bemærkning "
                                "giver tilsammen grund til bekymring."
                            ),
                        },
                        {
                            "key": "d",
                            "text": (
                                "Der sendes uden ophold en underretning til kommunen, hvor "
                                "det fremgår, at forældrene ikke er orienteret, og hvorfor"
                            ),
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Når en forælder er mistænkt, sendes underretningen uden "
                                "at orientere forældrene."
                            ),
                        },
                        {
                            "key": "e",
                            "text": (
                                "Karin stiller Liva detaljerede spørgsmål for at få fakta på plads "
                                "til underretningen"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nej. Detaljerede samtaler hører til hos særligt uddannede "
                                "medarbejdere, og udspørgen kan gøre en senere undersøgelse "
                                "vanskeligere."
                            ),
                        },
                    ],
                },
            },
            {
                "key": "sc-school-1-threshold",
                "type": "true_false",
                "tags": {
                    "module": "children-exposed-to-violence",
                    "topic": "children-are-victims",
                    "sectors": ["school"],
                },
                "en": {
                    "prompt": (
                        "True or false? Because Liva has not said that she herself was hit, the "
                        "school has no basis for a report of concern."
                    ),
                    "explanation": (
                        "False. A child who lives with violence between the adults is exposed to "
                        "violence, and the threshold for a report is concern, not certainty. "
                        "Liva's remark, her absences and tiredness, and her mother's comment "
                        "together give reason to believe she may need support."
                    ),
                    "options": [
                        {
                            "key": "true",
                            "text": "True",
                            "correct": False,
                            "feedback": (
                                "Not so. You do not have to suspect that the child has been hit "
                                "to be concerned for the child."
                            ),
                        },
                        {
                            "key": "false",
                            "text": "False",
                            "correct": True,
                            "feedback": (
                                "Correct. Living with violence at home is in itself a reason for "
                                "concern."
                            ),
                        },
                    ],
                },
                "da": {
                    "prompt": (
                        "Sandt eller falsk? Fordi Liva ikke har sagt, at hun selv er blevet "
                        "slået, har skolen ikke grundlag for en underretning."
                    ),
                    "explanation": (
                        "Falsk. Et barn, der lever med vold mellem de voksne, er udsat for vold, "
                        "og "
                        "tærsklen for en underretning er bekymring, ikke vished. Livas udsagn, "
                        "hendes fravær og træthed og morens bemærkning giver tilsammen grund til "
                        "at antage, at hun kan have behov for støtte."
                    ),
                    "options": [
                        {
                            "key": "true",
                            "text": "Sandt",
                            "correct": False,
                            "feedback": (
                                "Nej. Du behøver ikke mistænke, at barnet er blevet slået, for at "
                                "være bekymret for barnet."
                            ),
                        },
                        {
                            "key": "false",
                            "text": "Falsk",
                            "correct": True,
                            "feedback": (
                                "Rigtigt. At leve med vold derhjemme er i sig selv en grund til "
                                "bekymring."
                            ),
                        },
                    ],
                },
            },
        ],
    },
    {
        "key": "sc-familycourt-1",
        "tags": {
            "module": "risk-assessment-and-safety-planning",
            "topic": "when-risk-rises",
            "sectors": ["family_court"],
        },
        "en": {
            "title": "A contact case at the Family Court House",
            "vignette": (
                "<p>Nadia and Kim separated two months ago and have a daughter of 4. Kim has "
                "applied to the Family Court House for more contact. At the first meeting, Kim "
                "does most of the talking and describes Nadia as “unstable” and "
                "“uncooperative”. Nadia says very little.</p>"
                "<p>When the caseworker, Louise, talks to Nadia alone afterwards, Nadia says "
                "she dreads the handovers: Kim shouts at her in front of their daughter, and "
                "last week he followed her home in his car. He sends her twenty or thirty "
                "messages a day. Then she adds, quietly: “The night I told him I was leaving, "
                "he held me against the wall by my throat. I couldn't breathe. But it was only "
                "once.”</p>"
                "<p>Kim has asked for a joint meeting “to sort things out like adults”.</p>"
            ),
        },
        "da": {
            "title": "En samværssag i Familieretshuset",
            "vignette": (
                "<p>Nadia og Kim gik fra hinanden for to måneder siden og har en datter på 4 år. "
                "Kim har søgt Familieretshuset om mere samvær. På det første møde er det Kim, "
                "der taler mest, og han beskriver Nadia som »ustabil« og "
                "»usamarbejdsvillig«. Nadia siger meget lidt.</p>"
                "<p>Da sagsbehandleren, Louise, bagefter taler med Nadia alene, fortæller "
                "Nadia, at hun gruer for overleveringerne: Kim råber ad hende, mens datteren "
                "hører på det, og i sidste uge fulgte han efter hende hjem i sin bil. Han "
                "sender hende 20-30 beskeder om dagen. Så tilføjer hun stille: »Den aften, jeg "
                "sagde, at jeg ville gå, holdt han mig op ad væggen med et tag om halsen. Jeg "
                "kunne ikke få luft. Men det var kun den ene gang.«</p>"
                "<p>Kim har bedt om et fælles møde »for at få det løst som voksne mennesker«.</p>"
            ),
        },
        "questions": [
            {
                "key": "sc-familycourt-1-factors",
                "type": "multiple",
                "tags": {
                    "module": "risk-assessment-and-safety-planning",
                    "topic": "when-risk-rises",
                    "sectors": ["family_court"],
                },
                "en": {
                    "prompt": (
                        "Which situations and behaviours in this case are known to raise the risk "
                        "of serious violence? Choose all that apply."
                    ),
                    "explanation": (
                        "A recent separation, a pending contact case with handovers, stalking "
                        "(following her and flooding her with messages) and non-fatal "
                        "strangulation are all on the course's list of warning signs, and "
                        "separation combined with strangulation and stalking is a particularly "
                        "dangerous combination. Nadia's quiet manner at the meeting is not a risk "
                        "factor; it may reflect fear."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": "Following her home and sending dozens of messages a day",
                            "correct": True,
                            "feedback": (
                                "Correct. This is stalking, which is linked to serious violence "
                                "after separation."
                            ),
                        },
                        {
                            "key": "b",
                            "text": "Nadia saying very little at the joint meeting",
                            "correct": False,
                            "feedback": (
                                "No. Her silence is not a risk factor; it may be a sign that she "
                                "cannot speak freely with Kim present."
                            ),
                        },
                        {
                            "key": "c",
                            "text": "Holding her by the throat so that she could not breathe",
                            "correct": True,
                            "feedback": (
                                "Correct. Non-fatal strangulation is a strong predictor of later "
                                "homicide, even if it happened “only once”."
                            ),
                        },
                        {
                            "key": "d",
                            "text": "The separation two months ago",
                            "correct": True,
                            "feedback": "Correct. Separation is one of the most dangerous periods.",
                        },
                        {
                            "key": "e",
                            "text": "The contact case and the handovers",
                            "correct": True,
                            "feedback": (
                                "Correct. Court proceedings and handovers give occasions to meet, "
                                "pressure and threaten."
                            ),
                        },
                    ],
                },
                "da": {
                    "prompt": (
                        "Hvilke situationer og former for adfærd i sagen er kendt for at øge "
                        "risikoen for alvorlig vold? Vælg alle, der passer."
                    ),
                    "explanation": (
                        "Et nyligt brud, en verserende samværssag med overleveringer, stalking "
                        "(at følge efter hende og oversvømme hende med beskeder) og ikke-dødelig "
                        "kvælning står alle på kursets liste over advarselstegn, og brud "
                        "kombineret "
                        "med kvælning og stalking er en særligt farlig kombination. At Nadia var "
                        "stille på mødet, er ikke en risikofaktor; det kan afspejle frygt."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": (
                                "At han fulgte efter hende hjem og sender snesevis af beskeder om "
                                "dagen"
                            ),
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Det er stalking, som hænger sammen med alvorlig vold "
                                "efter et brud."
                            ),
                        },
                        {
                            "key": "b",
                            "text": "At Nadia sagde meget lidt på det fælles møde",
                            "correct": False,
                            "feedback": (
                                "Nej. Hendes tavshed er ikke en risikofaktor; den kan være et "
                                "tegn på, at hun ikke kan tale frit, når Kim er til stede."
                            ),
                        },
                        {
                            "key": "c",
                            "text": "At han holdt hende om halsen, så hun ikke kunne få luft",
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Ikke-dødelig kvælning er en stærk forudsigende faktor "
                                "for senere drab, også selv om det »kun skete én gang«."
                            ),
                        },
                        {
                            "key": "d",
                            "text": "Bruddet for to måneder siden",
                            "correct": True,
                            "feedback": "Rigtigt. Bruddet er en af de farligste perioder.",
                        },
                        {
                            "key": "e",
                            "text": "Samværssagen og overleveringerne",
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Sagen og overleveringerne giver anledning til at mødes, "
                                "presse og true."
                            ),
                        },
                    ],
                },
            },
            {
                "key": "sc-familycourt-1-meeting",
                "type": "single",
                "tags": {
                    "module": "detection-cues",
                    "topic": "sector-cues",
                    "sectors": ["family_court"],
                },
                "en": {
                    "prompt": "How should Louise respond to Kim's request for a joint meeting?",
                    "explanation": (
                        "Joint meetings and mediation can put a victim at risk, and cooperation "
                        "must never mean putting a parent or child in danger. Louise should hold "
                        "the meetings separately and record what Nadia has told her in the case, "
                        "but she cannot promise Nadia that Kim will never learn of it: as a "
                        "party, Kim may be given access to the case file. So she tells Nadia "
                        "that honestly and plans with her for her safety, and she does not tell "
                        "Kim herself what Nadia said."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": (
                                "Hold separate meetings, record Nadia's account in the case, tell "
                                "Nadia that Kim as a party may see the case file and plan for "
                                "her safety, and not tell Kim herself what Nadia said"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. The disclosure shapes how the case is handled, and "
                                "Nadia is not given a promise of secrecy the case file cannot "
                                "keep."
                            ),
                        },
                        {
                            "key": "b",
                            "text": (
                                "Agree, since the parents must learn to cooperate for their "
                                "daughter's sake"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. A joint meeting can expose Nadia to pressure and punishment "
                                "afterwards."
                            ),
                        },
                        {
                            "key": "c",
                            "text": (
                                "Tell Kim that a joint meeting is not possible because of what "
                                "Nadia has disclosed"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. Never reveal to the person using violence what the victim "
                                "has said; it can lead to reprisals."
                            ),
                        },
                        {
                            "key": "d",
                            "text": (
                                "Hold the joint meeting, but seat Nadia near the door and let her "
                                "leave first"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. Practical precautions do not remove the risk: a joint "
                                "meeting can still expose Nadia to pressure during the meeting "
                                "and punishment afterwards."
                            ),
                        },
                    ],
                },
                "da": {
                    "prompt": "Hvordan skal Louise reagere på Kims ønske om et fælles møde?",
                    "explanation": (
                        "Fælles møder og mægling kan bringe en voldsudsat i fare, og samarbejde "
                        "må aldrig betyde, at en forælder eller et barn bringes i fare. Louise "
                        "skal holde møderne hver for sig og notere det, Nadia har fortalt, i "
                        "sagen, men hun kan ikke love Nadia, at Kim aldrig får det at vide: Som "
                        "part kan Kim få aktindsigt i sagen. Derfor siger hun det ærligt til "
                        "Nadia og planlægger sikkerheden sammen med hende, og hun fortæller ikke "
                        "selv Kim, hvad Nadia har sagt."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": (
                                "Holde separate møder, notere Nadias beretning i sagen, fortælle "
                                "Nadia, at Kim som part kan få aktindsigt, og planlægge hendes "
                                "sikkerhed, men ikke selv fortælle Kim, hvad Nadia har sagt"
                            ),
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Det, Nadia har fortalt, får betydning for "
                                "sagsbehandlingen, og hun får ikke et løfte om hemmeligholdelse, "
                                "som sagens akter ikke kan holde."
                            ),
                        },
                        {
                            "key": "b",
                            "text": (
                                "Sige ja, fordi forældrene skal lære at samarbejde for datterens "
                                "skyld"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nej. Et fælles møde kan udsætte Nadia for pres og straf bagefter."
                            ),
                        },
                        {
                            "key": "c",
                            "text": (
                                "Fortælle Kim, at et fælles møde ikke er muligt på grund af det, "
                                "Nadia har fortalt"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nej. Fortæl aldrig den voldsudøvende, hvad den voldsudsatte har "
                                "sagt; det kan føre til repressalier."
                            ),
                        },
                        {
                            "key": "d",
                            "text": (
                                "Holde det fælles møde, men placere Nadia ved døren og lade hende "
                                "gå først"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nej. Praktiske forholdsregler fjerner ikke risikoen: Et fælles "
                                "møde kan stadig udsætte Nadia for pres under mødet og straf "
                                "bagefter."
                            ),
                        },
                    ],
                },
            },
            {
                "key": "sc-familycourt-1-act",
                "type": "single",
                "tags": {
                    "module": "risk-assessment-and-safety-planning",
                    "topic": "when-risk-rises",
                    "sectors": ["family_court"],
                },
                "en": {
                    "prompt": (
                        "Louise is not certified in risk assessment. What should she do about "
                        "what Nadia has told her?"
                    ),
                    "explanation": (
                        "Strangulation during a separation, combined with stalking and a pending "
                        "contact case, means the case should be treated as high risk until it "
                        "has been assessed. Louise should document Nadia's own words, pass the "
                        "case on at once for a risk assessment under the local procedure, "
                        "encourage Nadia to report the stalking to the police, and tell her "
                        "about help such as the Lev Uden Vold hotline. Her own minimising (“only "
                        "once”) must not lower the assessment."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": (
                                "Note it for the file, since it happened two months ago and only "
                                "once"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. Strangulation is a strong warning sign, and stalking and the "
                                "contact case have been added since. Each change calls for action."
                            ),
                        },
                        {
                            "key": "b",
                            "text": (
                                "Document Nadia's words, pass the case on at once for a risk "
                                "assessment, and encourage Nadia to report the stalking to the "
                                "police"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Non-certified staff recognise the signs, document, and "
                                "pass the case on without delay."
                            ),
                        },
                        {
                            "key": "c",
                            "text": (
                                "Ask Kim about the incident so that both sides are heard before "
                                "anything is done"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. Confronting Kim can put Nadia and their daughter at risk."
                            ),
                        },
                        {
                            "key": "d",
                            "text": (
                                "Carry out a risk assessment herself with the demonstration "
                                "instrument"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. The demonstration instrument is for training only, and risk "
                                "assessments need trained or certified staff."
                            ),
                        },
                    ],
                },
                "da": {
                    "prompt": (
                        "Louise er ikke certificeret i risikovurdering. Hvad skal hun gøre med "
                        "det, Nadia har fortalt?"
                    ),
                    "explanation": (
                        "Kvælning i forbindelse med et brud kombineret med stalking og en "
                        "verserende samværssag betyder, at sagen skal behandles som høj risiko, "
                        "indtil den er vurderet. Louise skal dokumentere Nadias egne ord, straks "
                        "give sagen videre til risikovurdering efter den lokale procedure, "
                        "opfordre Nadia til at anmelde stalkingen til politiet og fortælle hende "
                        "om hjælp som Lev Uden Volds hotline. Hendes egen bagatellisering (»kun "
                        "den ene gang«) må ikke sænke vurderingen."
                    ),
                    "options": [
                        {
                            "key": "a",
                            "text": (
                                "Notere det i sagen, da det skete for to måneder siden og kun én "
                                "gang"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nej. Kvælning er et stærkt advarselstegn, og stalking og "
                                "samværssagen er kommet til siden. Hver ændring kræver handling."
                            ),
                        },
                        {
                            "key": "b",
                            "text": (
                                "Dokumentere Nadias ord, straks give sagen videre til "
                                "risikovurdering og opfordre Nadia til at anmelde stalkingen til "
                                "politiet"
                            ),
                            "correct": True,
                            "feedback": (
                                "Rigtigt. Medarbejdere, der ikke er certificerede, genkender "
                                "tegnene, dokumenterer og giver sagen videre uden ophold."
                            ),
                        },
                        {
                            "key": "c",
                            "text": (
                                "Spørge Kim om episoden, så begge parter bliver hørt, før der sker "
                                "noget"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nej. At konfrontere Kim kan bringe Nadia og datteren i fare."
                            ),
                        },
                        {
                            "key": "d",
                            "text": (
                                "Selv foretage en risikovurdering med demonstrationsinstrumentet"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nej. Demonstrationsinstrumentet er kun til træning, og "
                                "risikovurderinger kræver uddannede eller certificerede "
                                "medarbejdere."
                            ),
                        },
                    ],
                },
            },
        ],
    },
]
