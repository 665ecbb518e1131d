"""Demo course: psychological violence and coercive control (all staff)."""

MODULE = {
    "slug": "psychological-violence",
    "audience": [],
    "minutes": 45,
    "prerequisites": [],
    "en": {
        "title": "Psychological violence and coercive control",
        "summary": (
            "Basic knowledge for all frontline staff: the forms that violence in close "
            "relations takes, how coercive control works as a pattern, why psychological "
            "violence is a warning sign of the most serious violence, what violence does to "
            "adults and children, and the myths that stop us from seeing it."
        ),
        "objectives": [
            "Name the forms of violence in close relations and who counts as a close relation.",
            (
                "Recognise coercive control as a pattern of isolation, monitoring, "
                "degradation, threats and control of money and movement."
            ),
            (
                "Explain why psychological violence matters, including its link to partner "
                "homicide and the higher risk at separation and pregnancy."
            ),
            "Describe how violence affects adults and the children who live with it.",
            (
                "Challenge common myths, including “why doesn't she just leave?” and the idea "
                "that men are not victims."
            ),
        ],
    },
    "da": {
        "title": "Psykisk vold og tvingende kontrol",
        "summary": (
            "Grundviden for alle medarbejdere i frontlinjen: hvilke former vold i nære "
            "relationer tager, hvordan tvingende kontrol virker som et mønster, hvorfor "
            "psykisk vold er et advarselstegn på den alvorligste vold, hvad volden gør ved "
            "voksne og børn, og hvilke myter der får os til at overse den."
        ),
        "objectives": [
            (
                "Kunne nævne voldsformerne i nære relationer og hvem der hører til de nære "
                "relationer."
            ),
            (
                "Kunne genkende tvingende kontrol som et mønster af isolation, "
                "overvågning, nedgørelse, trusler og kontrol med penge og bevægelsesfrihed."
            ),
            (
                "Kunne forklare, hvorfor psykisk vold er alvorlig, herunder sammenhængen med "
                "partnerdrab og den øgede risiko ved brud og graviditet."
            ),
            "Kunne beskrive, hvordan vold påvirker voksne og de børn, der lever med den.",
            (
                "Kunne udfordre udbredte myter, herunder »hvorfor går hun ikke bare?« og "
                "forestillingen om, at mænd ikke er voldsudsatte."
            ),
        ],
    },
    "lessons": [
        {
            "slug": "what-it-is",
            "minutes": 10,
            "required": True,
            "en": {
                "title": "What violence in close relations is",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Violence in close relations is violence between people who "
                            "are, or have been, close to each other. It covers current and "
                            "former partners and spouses, whether or not they have ever lived "
                            "together. It also covers family and care relations: parents and "
                            "children, siblings, adult children and their elderly parents, and "
                            "people who depend on someone else for everyday care. The "
                            "relationship does not have to be ongoing. Some of the most "
                            "dangerous violence is committed by an ex-partner after a "
                            "break-up.</p><p>Violence is any act that frightens, hurts, "
                            "controls or humiliates the other person, makes them do something "
                            "against their will, or stops them from doing what they want to "
                            "do. Professionals usually distinguish seven "
                            "forms:</p><ul><li><strong>Physical violence</strong>: hitting, "
                            "kicking, pushing, shaking, biting, burning, holding the person "
                            "down, grabbing them around the neck, throwing things at "
                            "them.</li><li><strong>Psychological violence</strong>: threats, "
                            "humiliation, name-calling, constant criticism, jealousy used to "
                            "control, isolation from family and friends, threats to take the "
                            "children or to harm oneself or a pet.</li><li><strong>Material "
                            "violence</strong>: breaking or destroying the person's "
                            "belongings, smashing doors and furniture, destroying things with "
                            "sentimental value.</li><li><strong>Economic violence</strong>: "
                            "taking control of income, benefits or bank accounts, refusing "
                            "money for necessities, running up debt in the other person's "
                            "name, preventing them from working or "
                            "studying.</li><li><strong>Digital violence</strong>: checking the "
                            "phone, demanding passwords, tracking location through apps, "
                            "monitoring messages and social media, harassing with constant "
                            "calls and texts.</li><li><strong>Stalking</strong>: repeated, "
                            "unwanted contact and surveillance, such as following the person, "
                            "waiting outside their home or workplace, or contacting their "
                            "friends and colleagues. Stalking often continues or starts after "
                            "a separation.</li><li><strong>Sexual violence</strong>: any "
                            "sexual act without consent, including pressure, threats and rape "
                            "within a relationship, and <em>image-based abuse</em>: sharing, "
                            "or threatening to share, intimate images.</li></ul><p>The forms "
                            "seldom occur alone. A person who is hit is almost always "
                            "controlled and degraded as well, and many people live for years "
                            "with psychological, economic and digital violence without ever "
                            "being hit. In Denmark, gross psychological violence in a close "
                            "relation has been a criminal offence in its own right since "
                            "2019.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "It is about the relationship, not the address",
                            "text": (
                                "<p>Close relations include ex-partners who have never lived "
                                "together, and family and care relations. Ask about the "
                                "person's relationships, not only about who lives in the "
                                "household.</p>"
                            ),
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>How common is it?</h3><p>Danish estimates suggest that about "
                            "38,000 women and about 19,000 men are exposed to physical partner "
                            "violence every year. These figures cover physical violence only; "
                            "psychological and economic violence are more widespread and even "
                            "harder to count. By comparison, only about 1,700 women a year "
                            "stay at a women's shelter. Most people who are exposed to "
                            "violence never contact a shelter, the police or a counselling "
                            "service. They do, however, meet daycare staff, teachers, doctors, "
                            "nurses, job-centre caseworkers and staff in the Family Court "
                            "House. That is why every frontline employee has a part to play in "
                            "detection.</p><p>Violence in close relations is not limited to "
                            "any social class, ethnic group, age or gender. Women are exposed "
                            "more often and more severely, but men are also victims, and "
                            "violence occurs in same-sex relationships, between teenage "
                            "couples and between adult children and their elderly parents. "
                            "Some groups face extra barriers to seeking help: people whose "
                            "residence permit depends on the partner, people with disabilities "
                            "who depend on the abuser for care, and men who fear not being "
                            "believed.</p>"
                        ),
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Mette and the app on her phone",
                            "story": (
                                "<p>Mette, 34, works part-time and has two children. At a "
                                "routine meeting she mentions, almost as a joke, that her "
                                "partner “likes to know where she is” and has installed an app "
                                "on her phone that shows her location. She has stopped seeing "
                                "her sister because he thinks the sister is “a bad influence”. "
                                "He manages all the household money, and she has to ask him "
                                "when the children need new clothes. He has never hit her.</p>"
                            ),
                            "reflection_question": (
                                "Which forms of violence can you identify in Mette's story, "
                                "and why might Mette herself not call it violence?"
                            ),
                            "discussion": (
                                "<p>The story contains <strong>digital violence</strong> "
                                "(location tracking), <strong>psychological violence</strong> "
                                "in the form of isolation from her sister, and "
                                "<strong>economic violence</strong> (she has no say over money "
                                "and must ask for necessities). Together they form a pattern "
                                "of control. Many people in Mette's position do not see this "
                                "as violence because there are no blows, because the control "
                                "has grown slowly, and because it is presented as care: “I "
                                "just worry about you.”</p><p>Your task is not to label the "
                                "relationship for her. It is to notice the pattern, ask about "
                                "it calmly and in private, and let her know that what she "
                                "describes is something she can talk about and get help "
                                "with.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Hvad er vold i nære relationer?",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Vold i nære relationer er vold mellem mennesker, der står "
                            "eller har stået hinanden nær. Det omfatter nuværende og tidligere "
                            "partnere, kærester og ægtefæller, uanset om de har boet sammen "
                            "eller ej. Det omfatter også familie- og omsorgsrelationer: "
                            "forældre og børn, søskende, voksne børn og deres gamle forældre "
                            "samt mennesker, der er afhængige af en andens hjælp i hverdagen. "
                            "Relationen behøver ikke at være aktuel. Noget af den farligste "
                            "vold udøves af en tidligere partner efter et brud.</p><p>Vold er "
                            "enhver handling, der skræmmer, skader, kontrollerer eller ydmyger "
                            "den anden, får vedkommende til at gøre noget mod sin vilje eller "
                            "forhindrer vedkommende i at gøre det, han eller hun gerne vil. "
                            "Fagligt skelner man typisk mellem syv "
                            "voldsformer:</p><ul><li><strong>Fysisk vold</strong>: slag, "
                            "spark, skub, rusken, bid, brænding, at holde den anden fast, tage "
                            "kvælertag eller kaste ting efter "
                            "vedkommende.</li><li><strong>Psykisk vold</strong>: trusler, "
                            "ydmygelser, øgenavne, konstant kritik, jalousi brugt som kontrol, "
                            "isolation fra familie og venner, trusler om at tage børnene eller "
                            "om at skade sig selv eller et kæledyr.</li><li><strong>Materiel "
                            "vold</strong>: at ødelægge den andens ejendele, smadre døre og "
                            "møbler eller ødelægge ting med "
                            "affektionsværdi.</li><li><strong>Økonomisk vold</strong>: at "
                            "overtage kontrollen med indkomst, ydelser eller bankkonti, nægte "
                            "penge til det nødvendige, stifte gæld i den andens navn eller "
                            "forhindre vedkommende i at arbejde eller uddanne "
                            "sig.</li><li><strong>Digital vold</strong>: at tjekke telefonen, "
                            "kræve adgangskoder, spore den andens position via apps, overvåge "
                            "beskeder og sociale medier eller chikanere med konstante opkald "
                            "og sms'er.</li><li><strong>Stalking</strong>: gentagen, uønsket "
                            "kontakt og overvågning, fx at følge efter den anden, vente uden "
                            "for hjemmet eller arbejdspladsen eller kontakte venner og "
                            "kolleger. Stalking fortsætter eller begynder ofte efter et "
                            "brud.</li><li><strong>Seksuel vold</strong>: enhver seksuel "
                            "handling uden samtykke, herunder pres, trusler og voldtægt i "
                            "parforholdet, og <em>billedbaserede krænkelser</em> (tidligere "
                            "kaldt hævnporno): at dele eller true med at dele intime "
                            "billeder.</li></ul><p>Voldsformerne optræder sjældent alene. Den, "
                            "der bliver slået, bliver næsten altid også kontrolleret og "
                            "nedgjort, og mange lever i årevis med psykisk, økonomisk og "
                            "digital vold uden nogensinde at blive slået. I Danmark har grov "
                            "psykisk vold i nære relationer været selvstændigt strafbart siden "
                            "2019.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Det handler om relationen, ikke om adressen",
                            "text": (
                                "<p>Nære relationer omfatter tidligere partnere, som man "
                                "aldrig har boet sammen med, og familie- og omsorgsrelationer. "
                                "Spørg til personens relationer, ikke kun til, hvem der bor i "
                                "husstanden.</p>"
                            ),
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Hvor udbredt er det?</h3><p>Det anslås, at omkring 38.000 "
                            "kvinder og omkring 19.000 mænd i Danmark hvert år udsættes for "
                            "fysisk partnervold. Tallene dækker kun fysisk vold; psykisk og "
                            "økonomisk vold er mere udbredt og endnu sværere at opgøre. Til "
                            "sammenligning tager kun omkring 1.700 kvinder om året ophold på "
                            "et krisecenter. De fleste voldsudsatte henvender sig aldrig til "
                            "et krisecenter, politiet eller et rådgivningstilbud. Til gengæld "
                            "møder de pædagoger, lærere, læger, sygeplejersker, sagsbehandlere "
                            "i jobcentret og medarbejdere i Familieretshuset. Derfor har alle "
                            "fagpersoner i frontlinjen en rolle i opsporingen.</p><p>Vold i "
                            "nære relationer er ikke forbeholdt bestemte sociale lag, etniske "
                            "grupper, aldre eller køn. Kvinder udsættes oftere og for grovere "
                            "vold, men mænd er også voldsudsatte, og vold forekommer i "
                            "parforhold af samme køn, mellem unge kærester og mellem voksne "
                            "børn og deres gamle forældre. Nogle grupper har særlige barrierer "
                            "for at søge hjælp: personer, hvis opholdstilladelse afhænger af "
                            "partneren, personer med handicap, der er afhængige af udøverens "
                            "hjælp, og mænd, der frygter ikke at blive troet.</p>"
                        ),
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Mette og appen på telefonen",
                            "story": (
                                "<p>Mette er 34 år, arbejder på deltid og har to børn. Ved et "
                                "rutinemøde nævner hun, næsten i spøg, at hendes kæreste »godt "
                                "kan lide at vide, hvor hun er«, og at han har installeret en "
                                "app på hendes telefon, som viser hendes position. Hun er "
                                "holdt op med at se sin søster, fordi han mener, at søsteren "
                                "er »en dårlig indflydelse«. Han styrer hele husholdningens "
                                "økonomi, og hun må spørge ham, når børnene skal have nyt tøj. "
                                "Han har aldrig slået hende.</p>"
                            ),
                            "reflection_question": (
                                "Hvilke voldsformer kan du genkende i Mettes fortælling, og "
                                "hvorfor vil Mette måske ikke selv kalde det vold?"
                            ),
                            "discussion": (
                                "<p>Fortællingen rummer <strong>digital vold</strong> (sporing "
                                "af hendes position), <strong>psykisk vold</strong> i form af "
                                "isolation fra søsteren og <strong>økonomisk vold</strong> "
                                "(hun har ingen indflydelse på økonomien og må bede om penge "
                                "til det nødvendige). Tilsammen danner de et mønster af "
                                "kontrol. Mange i Mettes situation ser det ikke som vold, "
                                "fordi der ikke er slag, fordi kontrollen er vokset langsomt, "
                                "og fordi den bliver fremstillet som omsorg: »Jeg er bare "
                                "bekymret for dig.«</p><p>Din opgave er ikke at sætte etiket "
                                "på parforholdet for hende. Den er at lægge mærke til "
                                "mønsteret, spørge roligt ind til det, når I er alene, og lade "
                                "hende vide, at det, hun fortæller, er noget, hun kan tale om "
                                "og få hjælp til.</p>"
                            ),
                        },
                    },
                ],
            },
        },
        {
            "slug": "coercive-control",
            "minutes": 12,
            "required": True,
            "en": {
                "title": "Coercive control: a pattern, not an incident",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p><em>Coercive control</em> describes psychological violence as "
                            "a <strong>pattern</strong> of behaviour over time rather than a "
                            "single episode. The person exercising control gradually takes "
                            "over the other person's everyday life: whom they see, where they "
                            "go, what they wear, what they spend and what they say. Each act "
                            "on its own may look small, or even caring. The harm lies in the "
                            "sum. The victim's world shrinks, and they begin to organise their "
                            "life around avoiding the abuser's reactions.</p><p>The pattern "
                            "usually contains several of these "
                            "elements:</p><ul><li><strong>Isolation</strong>: cutting the "
                            "person off from family, friends, colleagues and helpers, for "
                            "example by making every contact so unpleasant that the person "
                            "gives up, by moving far away, or by creating conflict with "
                            "everyone close to them.</li><li><strong>Monitoring</strong>: "
                            "checking the phone, messages, e-mail and social media, demanding "
                            "to know where the person is, tracking their location, calling "
                            "constantly, turning up "
                            "unannounced.</li><li><strong>Degradation</strong>: humiliation, "
                            "name-calling, criticism of appearance, intelligence and "
                            "parenting, often in front of the children or other people, until "
                            "the person feels worthless.</li><li><strong>Threats</strong>: "
                            "threats of violence or of killing, of taking the children, of "
                            "reporting the person to the authorities, of revealing secrets or "
                            "intimate images, or of suicide.</li><li><strong>Control of money "
                            "and movement</strong>: controlling income and benefits, taking "
                            "bank cards or digital ID, deciding when the person may leave the "
                            "house, use the car, or go to work or "
                            "education.</li><li><strong>Rules and punishments</strong>: "
                            "unspoken rules about how the home must be run, enforced with "
                            "sulking, silence, rage or violence when a rule is "
                            "broken.</li></ul><p>Because coercive control is a pattern, you "
                            "will rarely see the whole of it in one meeting. You are more "
                            "likely to notice fragments: a person who must always answer the "
                            "phone, who needs permission, who is afraid of being late, or who "
                            "has lost contact with everyone. Write down what you see, with "
                            "dates, and look for repetition.</p>"
                        ),
                    },
                    {
                        "type": "detection_cues",
                        "value": {
                            "heading": "Fragments of control you may notice",
                            "cards": [
                                {
                                    "cue": (
                                        "The person's phone rings or buzzes constantly during "
                                        "the meeting, and they feel they must answer."
                                    ),
                                    "may_indicate": (
                                        "Monitoring and a demand to account for every hour. "
                                        "The person may fear what will happen if they do not "
                                        "answer."
                                    ),
                                    "what_to_do": (
                                        "Note it. When you are alone with the person, say what "
                                        "you noticed and ask how things are at home."
                                    ),
                                },
                                {
                                    "cue": (
                                        "The person must check with the partner before "
                                        "agreeing to anything, even small things."
                                    ),
                                    "may_indicate": (
                                        "Decisions are controlled by the partner, and the "
                                        "person may be punished for acting independently."
                                    ),
                                    "what_to_do": (
                                        "Ask neutrally: “What happens if you decide something "
                                        "without asking first?”"
                                    ),
                                },
                                {
                                    "cue": (
                                        "The person has no access to their own money, bank "
                                        "card or digital ID."
                                    ),
                                    "may_indicate": (
                                        "Economic violence. Lack of money is one of the "
                                        "strongest barriers to leaving a violent partner."
                                    ),
                                    "what_to_do": (
                                        "Ask who manages the money and whether the person can "
                                        "get money for necessities. Tell them where "
                                        "independent advice is available."
                                    ),
                                },
                                {
                                    "cue": (
                                        "The person has lost contact with family and friends "
                                        "and seems very alone."
                                    ),
                                    "may_indicate": (
                                        "Isolation as part of the control, or withdrawal in "
                                        "order to hide the violence."
                                    ),
                                    "what_to_do": (
                                        "Ask whom the person can talk to. Your contact may be "
                                        "one of few remaining connections, so keep it going."
                                    ),
                                },
                                {
                                    "cue": (
                                        "The person describes themselves in degrading words "
                                        "that sound borrowed (“I'm useless”, “I'm a bad "
                                        "mother”)."
                                    ),
                                    "may_indicate": (
                                        "Long-term degradation that has become part of the "
                                        "person's self-image."
                                    ),
                                    "what_to_do": (
                                        "Do not argue. Ask where the words come from, and "
                                        "point to the resources you actually see in the "
                                        "person."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Look at the whole pattern",
                            "text": (
                                "<p>One jealous remark is not coercive control. Repeated "
                                "monitoring, isolation, threats and control of money together "
                                "are. Record fragments over time so that the pattern becomes "
                                "visible, to you and to colleagues.</p>"
                            ),
                        },
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Sofie, 17, and the boyfriend who checks everything",
                            "story": (
                                "<p>Sofie, 17, has just started a vocational education. Her "
                                "teacher notices that she has been absent several times and no "
                                "longer eats lunch with the class. Her boyfriend, who is 22, "
                                "picks her up every day and sometimes waits outside the "
                                "classroom. Classmates say he goes through her phone and that "
                                "she deleted her social media profiles “because he got "
                                "jealous”. When the teacher asks how she is, Sofie says he is "
                                "“just very much in love” and that she is the one who makes "
                                "things difficult.</p>"
                            ),
                            "reflection_question": (
                                "Which elements of coercive control can you see, and how can "
                                "the teacher keep the door open without pushing Sofie away?"
                            ),
                            "discussion": (
                                "<p>Several elements are present: <strong>monitoring</strong> "
                                "(phone checks, waiting outside the classroom), "
                                "<strong>isolation</strong> (she no longer socialises with "
                                "classmates and has deleted her profiles) and possibly "
                                "<strong>degradation</strong>, since Sofie blames herself. "
                                "Young people often read jealousy and control as signs of "
                                "love.</p><p>The teacher can describe what she has noticed "
                                "without judging the boyfriend, and ask how Sofie herself "
                                "feels about it: “It sounds as if he keeps a close eye on you. "
                                "How is that for you?” Criticising the boyfriend directly "
                                "tends to make people defend the relationship. The teacher "
                                "should write down her observations, talk to her manager and "
                                "keep offering contact. Because Sofie is under 18, the duty to "
                                "report concerns about a child applies, and the school's "
                                "procedure for a report of concern to the municipality must be "
                                "followed.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Tvingende kontrol: et mønster, ikke en episode",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p><em>Tvingende kontrol</em> (på engelsk <em>coercive "
                            "control</em>) beskriver psykisk vold som et "
                            "<strong>mønster</strong> over tid snarere end som en enkelt "
                            "episode. Den, der udøver kontrollen, overtager gradvist den "
                            "andens hverdag: hvem vedkommende ser, hvor vedkommende går hen, "
                            "hvad han eller hun har på, bruger penge på og siger. Hver "
                            "handling kan for sig se lille ud, ja endda omsorgsfuld. Skaden "
                            "ligger i summen. Den voldsudsattes verden bliver mindre, og livet "
                            "kommer til at handle om at undgå udøverens "
                            "reaktioner.</p><p>Mønsteret rummer typisk flere af disse "
                            "elementer:</p><ul><li><strong>Isolation</strong>: at afskære den "
                            "anden fra familie, venner, kolleger og hjælpere, fx ved at gøre "
                            "enhver kontakt så ubehagelig, at vedkommende giver op, ved at "
                            "flytte langt væk eller ved at skabe konflikter med alle, der står "
                            "den anden nær.</li><li><strong>Overvågning</strong>: at tjekke "
                            "telefon, beskeder, mails og sociale medier, kræve at vide, hvor "
                            "den anden er, spore vedkommendes position, ringe konstant og "
                            "dukke uanmeldt op.</li><li><strong>Nedgørelse</strong>: "
                            "ydmygelser, øgenavne og kritik af udseende, intelligens og "
                            "forældreevne, ofte foran børnene eller andre, indtil den anden "
                            "føler sig værdiløs.</li><li><strong>Trusler</strong>: trusler om "
                            "vold eller drab, om at tage børnene, om at melde den anden til "
                            "myndighederne, om at afsløre hemmeligheder eller intime billeder "
                            "eller om selvmord.</li><li><strong>Kontrol med penge og "
                            "bevægelsesfrihed</strong>: at styre indkomst og ydelser, tage "
                            "betalingskort eller MitID, bestemme hvornår den anden må gå ud, "
                            "bruge bilen eller tage på arbejde eller "
                            "uddannelse.</li><li><strong>Regler og straf</strong>: uudtalte "
                            "regler for, hvordan hjemmet skal fungere, som håndhæves med "
                            "surmuleri, tavshed, raseri eller vold, når en regel "
                            "brydes.</li></ul><p>Fordi tvingende kontrol er et mønster, "
                            "ser du sjældent det hele ved ét møde. Du vil oftere lægge mærke "
                            "til brudstykker: en person, der altid skal tage telefonen, som "
                            "skal have lov, som er bange for at komme for sent, eller som har "
                            "mistet kontakten til alle. Skriv ned, hvad du ser, med dato, og "
                            "hold øje med gentagelser.</p>"
                        ),
                    },
                    {
                        "type": "detection_cues",
                        "value": {
                            "heading": "Brudstykker af kontrol, du kan lægge mærke til",
                            "cards": [
                                {
                                    "cue": (
                                        "Personens telefon ringer eller vibrerer konstant "
                                        "under mødet, og vedkommende føler, at han eller hun "
                                        "skal svare."
                                    ),
                                    "may_indicate": (
                                        "Overvågning og krav om at gøre rede for hver time. "
                                        "Personen kan frygte, hvad der sker, hvis han eller "
                                        "hun ikke svarer."
                                    ),
                                    "what_to_do": (
                                        "Notér det. Når I er alene, så fortæl, hvad du har "
                                        "bemærket, og spørg, hvordan det går derhjemme."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Personen skal spørge partneren, før han eller hun "
                                        "siger ja til noget, selv små ting."
                                    ),
                                    "may_indicate": (
                                        "Partneren styrer beslutningerne, og personen kan "
                                        "blive straffet for at handle selvstændigt."
                                    ),
                                    "what_to_do": (
                                        "Spørg neutralt: »Hvad sker der, hvis du beslutter "
                                        "noget uden at spørge først?«"
                                    ),
                                },
                                {
                                    "cue": (
                                        "Personen har ikke adgang til sine egne penge, sit "
                                        "betalingskort eller sit MitID."
                                    ),
                                    "may_indicate": (
                                        "Økonomisk vold. Mangel på penge er en af de stærkeste "
                                        "barrierer for at forlade en voldelig partner."
                                    ),
                                    "what_to_do": (
                                        "Spørg, hvem der styrer økonomien, og om personen kan "
                                        "få penge til det nødvendige. Fortæl, hvor man kan få "
                                        "uafhængig rådgivning."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Personen har mistet kontakten til familie og venner "
                                        "og virker meget alene."
                                    ),
                                    "may_indicate": (
                                        "Isolation som led i kontrollen eller tilbagetrækning "
                                        "for at skjule volden."
                                    ),
                                    "what_to_do": (
                                        "Spørg, hvem personen kan tale med. Kontakten til dig "
                                        "kan være en af de få, der er tilbage, så hold den ved "
                                        "lige."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Personen beskriver sig selv med nedgørende ord, der "
                                        "lyder lånte (»jeg er uduelig«, »jeg er en dårlig "
                                        "mor«)."
                                    ),
                                    "may_indicate": (
                                        "Langvarig nedgørelse, som er blevet en del af "
                                        "personens selvbillede."
                                    ),
                                    "what_to_do": (
                                        "Lad være med at argumentere imod. Spørg, hvor ordene "
                                        "kommer fra, og peg på de ressourcer, du faktisk ser "
                                        "hos personen."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Se på hele mønsteret",
                            "text": (
                                "<p>En enkelt jaloux bemærkning er ikke tvingende kontrol. "
                                "Gentagen overvågning, isolation, trusler og kontrol med penge "
                                "er det tilsammen. Notér brudstykkerne over tid, så mønsteret "
                                "bliver synligt for dig og dine kolleger.</p>"
                            ),
                        },
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Sofie på 17 og kæresten, der tjekker alt",
                            "story": (
                                "<p>Sofie på 17 er lige startet på en erhvervsuddannelse. "
                                "Hendes lærer lægger mærke til, at hun har været fraværende "
                                "flere gange og ikke længere spiser frokost med klassen. "
                                "Hendes kæreste på 22 henter hende hver dag og venter nogle "
                                "gange uden for klasselokalet. Klassekammerater fortæller, at "
                                "han går hendes telefon igennem, og at hun har slettet sine "
                                "profiler på sociale medier, »fordi han blev jaloux«. Da "
                                "læreren spørger, hvordan det går, siger Sofie, at han »bare "
                                "er meget forelsket«, og at det er hende, der gør tingene "
                                "svære.</p>"
                            ),
                            "reflection_question": (
                                "Hvilke elementer af tvingende kontrol kan du se, og "
                                "hvordan kan læreren holde døren åben uden at skubbe Sofie "
                                "væk?"
                            ),
                            "discussion": (
                                "<p>Flere elementer er til stede: <strong>overvågning</strong> "
                                "(telefontjek, venten uden for klasselokalet), "
                                "<strong>isolation</strong> (hun er ikke længere sammen med "
                                "klassekammeraterne og har slettet sine profiler) og muligvis "
                                "<strong>nedgørelse</strong>, eftersom Sofie giver sig selv "
                                "skylden. Unge opfatter ofte jalousi og kontrol som tegn på "
                                "kærlighed.</p><p>Læreren kan beskrive, hvad hun har lagt "
                                "mærke til, uden at dømme kæresten, og spørge, hvordan Sofie "
                                "selv har det med det: »Det lyder, som om han holder godt øje "
                                "med dig. Hvordan er det for dig?« Direkte kritik af kæresten "
                                "får ofte den unge til at forsvare forholdet. Læreren bør "
                                "skrive sine iagttagelser ned, tale med sin leder og blive ved "
                                "med at tilbyde kontakt. Fordi Sofie er under 18 år, gælder "
                                "den skærpede underretningspligt, og skolens procedure for "
                                "underretning til kommunen skal følges.</p>"
                            ),
                        },
                    },
                ],
            },
        },
        {
            "slug": "why-it-matters",
            "minutes": 12,
            "required": True,
            "en": {
                "title": "Why psychological violence matters",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Psychological violence is sometimes treated as less serious "
                            "than physical violence because it leaves no marks. Research and "
                            "case reviews point the other way. A Danish study of homicide in "
                            "close relations found a close link between psychological violence "
                            "and partner homicide. Reviews of such cases often describe a long "
                            "history of jealousy, control, threats and surveillance, sometimes "
                            "with little or no known physical violence before the killing. "
                            "Control is the thread that runs through the most dangerous "
                            "cases.</p><h3>Violence that “cannot be "
                            "seen”</h3><p>Psychological, economic, material, digital and "
                            "sexual violence and stalking are often described as the forms "
                            "that “cannot be seen”. There are no bruises to notice, the person "
                            "exposed may not recognise what is happening as violence, and the "
                            "abuser may appear charming and cooperative to professionals. "
                            "Detection therefore depends on staff who know the cues and who "
                            "ask.</p><h3>When the risk rises</h3><p>Risk is not constant. It "
                            "typically rises when the victim <strong>separates or tries to "
                            "leave</strong>, when the victim <strong>becomes "
                            "pregnant</strong>, when the abuser feels that control is "
                            "slipping, and when there is <strong>stalking</strong> or a breach "
                            "of a restraining order. Threats to kill, strangulation (grabbing "
                            "or squeezing the neck), access to weapons and escalating jealousy "
                            "are well-known warning signs. Formal risk assessment is carried "
                            "out by trained or certified colleagues using specialised tools, "
                            "but every employee should know that these situations call for "
                            "action the same day, not for waiting to see what "
                            "happens.</p><h3>Effects on adults</h3><p>Living with control and "
                            "fear wears people down. Common effects include anxiety, "
                            "depression, sleep problems, difficulty concentrating, physical "
                            "complaints such as headaches and stomach pain, low self-esteem, "
                            "shame and guilt, and sometimes substance use, self-harm and "
                            "suicide attempts. Many victims become isolated and lose their job "
                            "or education. These effects are easily misread as the person's "
                            "“own problems”, and the violence behind them is overlooked.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Control is a warning sign",
                            "text": (
                                "<p>Psychological violence is not a “milder” form. Coercive "
                                "control, threats and jealousy are among the strongest warning "
                                "signs of serious violence, including homicide. Take them "
                                "seriously even when no one has been hit.</p>"
                            ),
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Children who live with violence</h3><p>Children are never "
                            "just onlookers. They hear the shouting, sense the fear, feel the "
                            "tension and often try to protect a parent or their siblings. "
                            "Growing up with violence between the adults is in itself harmful, "
                            "and children in these homes are also at greater risk of being hit "
                            "themselves. Coercive control often reaches the children directly: "
                            "they may be used to keep an eye on the other parent, pressed to "
                            "take sides, or threatened with losing the other parent.</p><p>The "
                            "effects depend on age. Young children may sleep poorly, regress, "
                            "cling or be unusually watchful. School-age children may struggle "
                            "with concentration, learning and friendships, complain of stomach "
                            "aches, or become aggressive or withdrawn. Teenagers may take on "
                            "adult responsibility, self-harm, use alcohol or drugs, or end up "
                            "in controlling relationships themselves. Public employees have an "
                            "enhanced duty to report concerns about a child to the "
                            "municipality, and a concern that a child lives with violence is "
                            "such a concern.</p>"
                        ),
                    },
                    {
                        "type": "detection_cues",
                        "value": {
                            "heading": "What violence can do: cues in adults and children",
                            "cards": [
                                {
                                    "cue": (
                                        "An adult with anxiety, sleep problems and exhaustion "
                                        "without a clear cause."
                                    ),
                                    "may_indicate": (
                                        "Long-term stress from living with fear and control."
                                    ),
                                    "what_to_do": (
                                        "When you explore the symptoms, ask about the "
                                        "situation at home as well, in private."
                                    ),
                                },
                                {
                                    "cue": (
                                        "A child who is very watchful and jumpy, or “too good” "
                                        "and eager to please adults."
                                    ),
                                    "may_indicate": (
                                        "Constant alertness learned from living with "
                                        "unpredictable adults."
                                    ),
                                    "what_to_do": (
                                        "Note dates and observations and discuss them with "
                                        "your manager. Consider a report of concern."
                                    ),
                                },
                                {
                                    "cue": (
                                        "A child who talks about, plays or draws fighting, "
                                        "police or someone being hurt."
                                    ),
                                    "may_indicate": (
                                        "The child may be processing something experienced at home."
                                    ),
                                    "what_to_do": (
                                        "Listen calmly without leading questions, and write "
                                        "down the child's own words."
                                    ),
                                },
                                {
                                    "cue": (
                                        "A teenager who looks after younger siblings and seems "
                                        "to carry adult worries."
                                    ),
                                    "may_indicate": (
                                        "The young person may be protecting a parent or "
                                        "siblings and carrying responsibility beyond their "
                                        "age."
                                    ),
                                    "what_to_do": (
                                        "Create a private opportunity to talk, and follow the "
                                        "local procedure for concern about a child."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Leila has decided to leave",
                            "story": (
                                "<p>Leila tells her health visitor that she has finally "
                                "decided to leave her husband. He has never hit her, she says, "
                                "but he reads all her messages, decides whom she may see, and "
                                "has told her that “if you take the kids, you'll regret it”. "
                                "She plans to tell him this weekend and then move in with her "
                                "mother. She is pregnant with their third child.</p>"
                            ),
                            "reflection_question": (
                                "What in Leila's situation raises the risk, and what should "
                                "the health visitor do now?"
                            ),
                            "discussion": (
                                "<p>Several risk factors coincide: a "
                                "<strong>separation</strong> is planned, Leila is "
                                "<strong>pregnant</strong>, there is a history of "
                                "<strong>coercive control</strong>, and there is a "
                                "<strong>threat</strong> linked to the children. The absence "
                                "of physical violence does not make the situation "
                                "safe.</p><p>The health visitor should take the threat "
                                "seriously, tell Leila that the time around a break-up can be "
                                "the most dangerous, and advise her not to announce the "
                                "separation alone. She should follow the local procedure the "
                                "same day, so that trained colleagues can carry out a risk "
                                "assessment and make a safety plan together with Leila. She "
                                "can tell Leila about the national Lev Uden Vold hotline "
                                "(1888) and about shelters, and, because there are children, "
                                "she must consider a report of concern to the municipality. In "
                                "acute danger, call 112.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Hvorfor psykisk vold er alvorlig",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Psykisk vold bliver nogle gange betragtet som mindre alvorlig "
                            "end fysisk vold, fordi den ikke efterlader mærker. Forskning og "
                            "sagsgennemgange peger i den modsatte retning. Et dansk studie af "
                            "drab i nære relationer fandt en tæt sammenhæng mellem psykisk "
                            "vold og partnerdrab. Gennemgange af sådanne sager beskriver ofte "
                            "en lang historie med jalousi, kontrol, trusler og overvågning, "
                            "nogle gange med kun lidt eller ingen kendt fysisk vold før "
                            "drabet. Kontrollen er den røde tråd i de farligste "
                            "sager.</p><h3>Vold, der »ikke kan ses«</h3><p>Psykisk, økonomisk, "
                            "materiel, digital og seksuel vold samt stalking bliver ofte "
                            "beskrevet som de voldsformer, der »ikke kan ses«. Der er ingen "
                            "blå mærker at få øje på, den voldsudsatte genkender måske ikke "
                            "selv det, der sker, som vold, og udøveren kan fremstå charmerende "
                            "og samarbejdsvillig over for fagpersoner. Opsporingen afhænger "
                            "derfor af medarbejdere, der kender tegnene og spørger.</p><h3>Når "
                            "risikoen stiger</h3><p>Risikoen er ikke konstant. Den stiger "
                            "typisk, når den voldsudsatte <strong>går fra partneren eller "
                            "forsøger at gå</strong>, når den voldsudsatte <strong>bliver "
                            "gravid</strong>, når udøveren oplever at miste kontrollen, og når "
                            "der er <strong>stalking</strong> eller overtrædelse af et "
                            "tilhold. Trusler om drab, kvælertag, adgang til våben og "
                            "tiltagende jalousi er velkendte advarselstegn. Egentlige "
                            "risikovurderinger foretages af uddannede eller certificerede "
                            "kolleger med særlige redskaber, men alle medarbejdere skal vide, "
                            "at disse situationer kræver handling samme dag og ikke, at man "
                            "venter og ser tiden an.</p><h3>Følger for voksne</h3><p>At leve "
                            "med kontrol og frygt slider et menneske ned. Almindelige følger "
                            "er angst, depression, søvnproblemer, koncentrationsbesvær, "
                            "fysiske gener som hovedpine og mavesmerter, lavt selvværd, skam "
                            "og skyld og i nogle tilfælde misbrug, selvskade og "
                            "selvmordsforsøg. Mange voldsudsatte bliver isolerede og mister "
                            "job eller uddannelse. Følgerne bliver let opfattet som personens "
                            "»egne problemer«, og volden bag dem overses.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Kontrol er et advarselstegn",
                            "text": (
                                "<p>Psykisk vold er ikke en »mildere« voldsform. "
                                "Tvingende kontrol, trusler og jalousi hører til de "
                                "stærkeste advarselstegn på alvorlig vold, herunder drab. Tag "
                                "dem alvorligt, også når ingen er blevet slået.</p>"
                            ),
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Børn, der lever med vold</h3><p>Børn er aldrig blot "
                            "tilskuere. De hører råbene, fornemmer frygten, mærker spændingen "
                            "og forsøger ofte at beskytte en forælder eller deres søskende. At "
                            "vokse op med vold mellem de voksne er i sig selv skadeligt, og "
                            "børn i disse hjem har også større risiko for selv at blive slået. "
                            "Tvingende kontrol rammer ofte børnene direkte: De kan blive "
                            "brugt til at holde øje med den anden forælder, presset til at "
                            "vælge side eller truet med at miste den anden "
                            "forælder.</p><p>Følgerne afhænger af alder. Små børn kan sove "
                            "dårligt, gå tilbage i udvikling, klynge sig til de voksne eller "
                            "være usædvanligt vagtsomme. Skolebørn kan have svært ved "
                            "koncentration, læring og venskaber, have ondt i maven eller blive "
                            "udadreagerende eller indadvendte. Unge kan påtage sig "
                            "voksenansvar, skade sig selv, drikke eller tage stoffer eller "
                            "selv havne i kontrollerende forhold. Offentligt ansatte har en "
                            "skærpet underretningspligt over for kommunen, og bekymring for, "
                            "at et barn lever med vold, er netop en sådan bekymring.</p>"
                        ),
                    },
                    {
                        "type": "detection_cues",
                        "value": {
                            "heading": "Hvad volden kan gøre: tegn hos voksne og børn",
                            "cards": [
                                {
                                    "cue": (
                                        "En voksen med angst, søvnproblemer og udmattelse uden "
                                        "klar årsag."
                                    ),
                                    "may_indicate": (
                                        "Langvarig belastning af at leve med frygt og kontrol."
                                    ),
                                    "what_to_do": (
                                        "Når du undersøger symptomerne, så spørg også til "
                                        "situationen derhjemme, når I er alene."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Et barn, der er meget vagtsomt og let forskrækket, "
                                        "eller som er »for artigt« og ivrigt efter at behage "
                                        "voksne."
                                    ),
                                    "may_indicate": (
                                        "Konstant årvågenhed, lært ved at leve med "
                                        "uforudsigelige voksne."
                                    ),
                                    "what_to_do": (
                                        "Notér datoer og iagttagelser, og drøft dem med din "
                                        "leder. Overvej en underretning."
                                    ),
                                },
                                {
                                    "cue": (
                                        "Et barn, der fortæller om, leger eller tegner "
                                        "slagsmål, politi eller en, der kommer til skade."
                                    ),
                                    "may_indicate": (
                                        "Barnet bearbejder måske noget, det har oplevet derhjemme."
                                    ),
                                    "what_to_do": (
                                        "Lyt roligt uden ledende spørgsmål, og skriv barnets "
                                        "egne ord ned."
                                    ),
                                },
                                {
                                    "cue": (
                                        "En ung, der passer sine mindre søskende og ser ud til "
                                        "at bære på voksenbekymringer."
                                    ),
                                    "may_indicate": (
                                        "Den unge beskytter måske en forælder eller søskende "
                                        "og bærer et ansvar, der ligger langt over alderen."
                                    ),
                                    "what_to_do": (
                                        "Skab en mulighed for at tale sammen i enerum, og følg "
                                        "den lokale procedure ved bekymring for et barn."
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Leila har besluttet sig for at gå",
                            "story": (
                                "<p>Leila fortæller sin sundhedsplejerske, at hun endelig har "
                                "besluttet at forlade sin mand. Han har aldrig slået hende, "
                                "siger hun, men han læser alle hendes beskeder, bestemmer, "
                                "hvem hun må se, og har sagt, at »hvis du tager børnene, "
                                "kommer du til at fortryde det«. Hun vil fortælle ham det i "
                                "weekenden og derefter flytte hjem til sin mor. Hun er gravid "
                                "med parrets tredje barn.</p>"
                            ),
                            "reflection_question": (
                                "Hvad i Leilas situation øger risikoen, og hvad bør "
                                "sundhedsplejersken gøre nu?"
                            ),
                            "discussion": (
                                "<p>Flere risikofaktorer falder sammen: Et "
                                "<strong>brud</strong> er planlagt, Leila er "
                                "<strong>gravid</strong>, der er en historik med "
                                "<strong>tvingende kontrol</strong>, og der er en "
                                "<strong>trussel</strong> knyttet til børnene. At der ikke har "
                                "været fysisk vold, gør ikke situationen "
                                "sikker.</p><p>Sundhedsplejersken bør tage truslen alvorligt, "
                                "fortælle Leila, at tiden omkring et brud kan være den "
                                "farligste, og råde hende til ikke at meddele bruddet alene. "
                                "Hun bør følge den lokale procedure samme dag, så uddannede "
                                "kolleger kan foretage en risikovurdering og udarbejde en "
                                "sikkerhedsplan sammen med Leila. Hun kan fortælle Leila om "
                                "Lev Uden Volds nationale hotline (1888) og om krisecentre, og "
                                "fordi der er børn, skal hun overveje en underretning til "
                                "kommunen. Ved akut fare ringes 112.</p>"
                            ),
                        },
                    },
                ],
            },
        },
        {
            "slug": "myths-and-facts",
            "minutes": 11,
            "required": True,
            "en": {
                "title": "Myths, facts and men as victims",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Myths about violence in close relations are widespread, "
                            "including among professionals. They matter because they shape "
                            "what we notice, what we ask and how we respond. A professional "
                            "who believes that “real” violence leaves bruises will miss "
                            "coercive control. A professional who wonders aloud why the person "
                            "does not just leave may, without meaning to, add to the shame "
                            "that keeps people silent. Read the myths below and notice which "
                            "of them you have heard, or thought, yourself.</p>"
                        ),
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Myths and facts",
                            "items": [
                                {
                                    "question": "Myth: “Why doesn't she just leave?”",
                                    "answer": (
                                        "<p>Leaving is a process, not a single decision, and "
                                        "it is often the most dangerous period. The risk of "
                                        "serious violence and homicide rises at separation and "
                                        "in the time after, when the abuser feels control "
                                        "slipping. People stay for many reasons: fear for "
                                        "their own and their children's safety, threats, no "
                                        "money or place to live, shared children, love and "
                                        "hope that things will change, shame, isolation, or a "
                                        "residence permit or care that depends on the partner. "
                                        "A better question is: <strong>what makes it hard to "
                                        "leave, and what would make it safer?</strong></p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Myth: “If it were serious, there would be visible "
                                        "injuries.”"
                                    ),
                                    "answer": (
                                        "<p>Most violence in close relations leaves no marks. "
                                        "Psychological, economic, digital and sexual violence "
                                        "and stalking cannot be seen, and strangulation often "
                                        "leaves no visible injury even when it is "
                                        "life-threatening. Coercive control is closely linked "
                                        "to partner homicide.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Myth: “It's just a conflict between two equal parties.”"
                                    ),
                                    "answer": (
                                        "<p>Conflict is part of every relationship: both "
                                        "parties can speak their minds and neither is afraid. "
                                        "Violence is about power and control: one person is "
                                        "afraid and adapts their life to avoid the other's "
                                        "reactions. Treating violence as a couple's conflict "
                                        "can lead to mediation or joint meetings that put the "
                                        "victim at risk.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Myth: “The children don't notice. It happens when "
                                        "they are asleep.”"
                                    ),
                                    "answer": (
                                        "<p>Children almost always know. They hear, sense the "
                                        "atmosphere, see the aftermath and often try to "
                                        "intervene or protect. Living with violence harms "
                                        "children's development and wellbeing even if they are "
                                        "never hit themselves.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Myth: “Violence only happens in certain kinds of "
                                        "families.”"
                                    ),
                                    "answer": (
                                        "<p>Violence occurs across income, education, "
                                        "ethnicity, age and sexuality. Well-resourced families "
                                        "may be better at hiding it, and professionals may be "
                                        "less inclined to ask them.</p>"
                                    ),
                                },
                                {
                                    "question": ("Myth: “Alcohol and stress cause the violence.”"),
                                    "answer": (
                                        "<p>Alcohol and stress can make violence more frequent "
                                        "or severe, but they do not cause it. Many people "
                                        "drink or are stressed without being violent, and much "
                                        "control and degradation happens sober. Explaining "
                                        "violence by alcohol moves responsibility away from "
                                        "the person who uses it.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Myth: “Asking about violence will offend people or "
                                        "make things worse.”"
                                    ),
                                    "answer": (
                                        "<p>Most people do not mind being asked when it "
                                        "happens in private, calmly and as a routine part of "
                                        "your work. For many, it is the first time anyone has "
                                        "shown that the subject can be talked about. The "
                                        "danger lies in asking with the partner present, which "
                                        "is why you always ask alone.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Men are victims too</h3><p>An estimated 19,000 men a year in "
                            "Denmark are exposed to physical partner violence, and men are "
                            "also exposed to psychological, economic and digital violence and "
                            "to stalking, from female or male partners, ex-partners and family "
                            "members. Very few of them seek help. The barriers include shame, "
                            "the fear of not being believed or of being seen as weak, the fear "
                            "of losing contact with their children, and the fact that there "
                            "are fewer services aimed at men. Professionals may also, without "
                            "noticing, assume that a man who mentions trouble at home is the "
                            "aggressor.</p><p>Ask men the same questions you ask women, and "
                            "respond in the same way: take what they say seriously, think "
                            "about safety and refer them on. Men can call the Lev Uden Vold "
                            "hotline (1888) like everyone else, and there are counselling "
                            "services and crisis centres specifically for men.</p>"
                        ),
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Thomas and the calls from home",
                            "story": (
                                "<p>Thomas, 41, is on sick leave with stress and meets his "
                                "caseworker at the job centre. He seems tense and keeps "
                                "looking at his phone. When asked about returning to work, he "
                                "says that his wife “doesn't think it's a good idea” and that "
                                "she handles their finances now. At one point he says, “She "
                                "has a temper, but I probably deserve it,” and laughs it off "
                                "when the caseworker looks surprised.</p>"
                            ),
                            "reflection_question": (
                                "What might the caseworker overlook here, and how could she "
                                "follow up?"
                            ),
                            "discussion": (
                                "<p>It is easy to see a stressed man with marital problems. "
                                "But there are several cues of control: constant checking of "
                                "the phone, the wife deciding whether he returns to work, loss "
                                "of control over money, and self-blame (“I probably deserve "
                                "it”). Men often minimise or joke about violence.</p><p>The "
                                "caseworker can pick up on his own words when they are alone: "
                                "“You said she has a temper and that you deserve it. What "
                                "happens when she gets angry?” She should accept his answer if "
                                "he is not ready, tell him that men are also exposed to "
                                "violence and that help exists, and note her observations. If "
                                "there are children in the home, she must consider the duty to "
                                "report concerns about a child.</p>"
                            ),
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Ask everyone",
                            "text": (
                                "<p>Violence is found in every group, and victims of every "
                                "gender minimise it. Ask everyone in the same calm, private "
                                "way, and let the person's answer, not your assumptions, guide "
                                "what happens next.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Myter, fakta og mænd som voldsudsatte",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Myter om vold i nære relationer er udbredte, også blandt "
                            "fagpersoner. De har betydning, fordi de former, hvad vi lægger "
                            "mærke til, hvad vi spørger om, og hvordan vi reagerer. En "
                            "fagperson, der tror, at »rigtig« vold giver blå mærker, vil "
                            "overse tvingende kontrol. En fagperson, der højt undrer sig "
                            "over, hvorfor personen ikke bare går, kan uden at ville det "
                            "forstærke den skam, der holder mennesker tavse. Læs myterne "
                            "nedenfor, og læg mærke til, hvilke af dem du selv har hørt eller "
                            "tænkt.</p>"
                        ),
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Myter og fakta",
                            "items": [
                                {
                                    "question": "Myte: »Hvorfor går hun ikke bare?«",
                                    "answer": (
                                        "<p>At gå er en proces, ikke en enkelt beslutning, og "
                                        "det er ofte den farligste periode. Risikoen for "
                                        "alvorlig vold og drab stiger ved bruddet og i tiden "
                                        "efter, når udøveren oplever at miste kontrollen. Der "
                                        "er mange grunde til at blive: frygt for egen og "
                                        "børnenes sikkerhed, trusler, ingen penge eller bolig, "
                                        "fælles børn, kærlighed og håb om forandring, skam, "
                                        "isolation eller en opholdstilladelse eller pleje, der "
                                        "afhænger af partneren. Et bedre spørgsmål er: "
                                        "<strong>Hvad gør det svært at gå, og hvad kunne gøre "
                                        "det mere sikkert?</strong></p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Myte: »Hvis det var alvorligt, ville der være synlige "
                                        "skader.«"
                                    ),
                                    "answer": (
                                        "<p>Det meste vold i nære relationer efterlader ingen "
                                        "mærker. Psykisk, økonomisk, digital og seksuel vold "
                                        "samt stalking kan ikke ses, og kvælertag efterlader "
                                        "ofte ingen synlige skader, selv når det er "
                                        "livstruende. Tvingende kontrol er tæt forbundet "
                                        "med partnerdrab.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Myte: »Det er bare en konflikt mellem to ligeværdige "
                                        "parter.«"
                                    ),
                                    "answer": (
                                        "<p>Konflikter hører til i alle forhold: Begge parter "
                                        "kan sige deres mening, og ingen af dem er bange. Vold "
                                        "handler om magt og kontrol: Den ene er bange og "
                                        "indretter sit liv efter at undgå den andens "
                                        "reaktioner. Behandles vold som en parkonflikt, kan "
                                        "det føre til mægling eller fællesmøder, der bringer "
                                        "den voldsudsatte i fare.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Myte: »Børnene opdager det ikke. Det sker, når de sover.«"
                                    ),
                                    "answer": (
                                        "<p>Børn ved det næsten altid. De hører, fornemmer "
                                        "stemningen, ser følgerne og prøver ofte at gribe ind "
                                        "eller beskytte. At leve med vold skader børns "
                                        "udvikling og trivsel, også selvom de aldrig selv "
                                        "bliver slået.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Myte: »Vold sker kun i bestemte slags familier.«"
                                    ),
                                    "answer": (
                                        "<p>Vold forekommer på tværs af indkomst, uddannelse, "
                                        "etnicitet, alder og seksualitet. Ressourcestærke "
                                        "familier kan være bedre til at skjule den, og "
                                        "fagpersoner er måske mindre tilbøjelige til at spørge "
                                        "dem.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Myte: »Alkohol og stress er årsagen til volden.«"
                                    ),
                                    "answer": (
                                        "<p>Alkohol og stress kan gøre volden hyppigere eller "
                                        "grovere, men er ikke årsagen. Mange drikker eller er "
                                        "stressede uden at være voldelige, og meget kontrol og "
                                        "nedgørelse foregår i ædru tilstand. At forklare "
                                        "volden med alkohol flytter ansvaret væk fra den, der "
                                        "udøver den.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Myte: »Det krænker folk og gør det værre at spørge "
                                        "til vold.«"
                                    ),
                                    "answer": (
                                        "<p>De fleste har ikke noget imod at blive spurgt, når "
                                        "det sker i enerum, roligt og som en fast del af dit "
                                        "arbejde. For mange er det første gang, nogen viser, "
                                        "at emnet kan tales om. Faren ligger i at spørge, mens "
                                        "partneren er til stede, og derfor spørger du altid, "
                                        "når I er alene.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Mænd er også voldsudsatte</h3><p>Det anslås, at omkring "
                            "19.000 mænd i Danmark hvert år udsættes for fysisk partnervold, "
                            "og mænd udsættes også for psykisk, økonomisk og digital vold og "
                            "for stalking, fra kvindelige eller mandlige partnere, tidligere "
                            "partnere og familiemedlemmer. Meget få af dem søger hjælp. "
                            "Barriererne er blandt andet skam, frygt for ikke at blive troet "
                            "eller for at blive set som svag, frygt for at miste kontakten til "
                            "børnene og det forhold, at der findes færre tilbud til mænd. "
                            "Fagpersoner kan også ubevidst gå ud fra, at en mand, der nævner "
                            "problemer derhjemme, er den, der udøver volden.</p><p>Stil mænd "
                            "de samme spørgsmål, som du stiller kvinder, og reagér på samme "
                            "måde: Tag det, de fortæller, alvorligt, tænk på sikkerheden, og "
                            "henvis videre. Mænd kan ringe til Lev Uden Volds hotline (1888) "
                            "ligesom alle andre, og der findes rådgivning og krisecentre "
                            "specifikt for mænd.</p>"
                        ),
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "Thomas og opkaldene hjemmefra",
                            "story": (
                                "<p>Thomas på 41 er sygemeldt med stress og har møde med sin "
                                "sagsbehandler i jobcentret. Han virker anspændt og kigger "
                                "hele tiden på sin telefon. Da de taler om at vende tilbage "
                                "til arbejdet, siger han, at hans kone »ikke synes, det er en "
                                "god idé«, og at det nu er hende, der står for økonomien. På "
                                "et tidspunkt siger han: »Hun har et temperament, men det har "
                                "jeg nok fortjent,« og griner det væk, da sagsbehandleren ser "
                                "overrasket ud.</p>"
                            ),
                            "reflection_question": (
                                "Hvad risikerer sagsbehandleren at overse her, og hvordan kan "
                                "hun følge op?"
                            ),
                            "discussion": (
                                "<p>Det er let at se en stresset mand med problemer i "
                                "ægteskabet. Men der er flere tegn på kontrol: konstant tjek "
                                "af telefonen, at konen bestemmer, om han vender tilbage til "
                                "arbejdet, tab af kontrol over økonomien og selvbebrejdelse "
                                "(»det har jeg nok fortjent«). Mænd bagatelliserer eller joker "
                                "ofte med volden.</p><p>Sagsbehandleren kan tage udgangspunkt "
                                "i hans egne ord, når de er alene: »Du sagde, at hun har et "
                                "temperament, og at du har fortjent det. Hvad sker der, når "
                                "hun bliver vred?« Hun bør acceptere hans svar, hvis han ikke "
                                "er klar, fortælle ham, at mænd også udsættes for vold, og at "
                                "der findes hjælp, og notere sine iagttagelser. Hvis der er "
                                "børn i hjemmet, skal hun overveje sin underretningspligt.</p>"
                            ),
                        },
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Spørg alle",
                            "text": (
                                "<p>Vold findes i alle grupper, og voldsudsatte af alle køn "
                                "bagatelliserer den. Spørg alle på samme rolige måde i enerum, "
                                "og lad personens svar, ikke dine antagelser, styre, hvad der "
                                "sker bagefter.</p>"
                            ),
                        },
                    },
                ],
            },
        },
    ],
}
