"""Demo course: the duty to act on suspicion of violence in close relations (all staff)."""

MODULE = {
    "slug": "duty-to-act",
    "audience": [],
    "minutes": 45,
    "prerequisites": ["psychological-violence"],
    "en": {
        "title": "The duty to act",
        "summary": (
            "What you must do when you suspect violence in close relations: take the "
            "first concrete step at once (48 hours at most, as the Danish action plan proposes), "
            "document facts and exact words without interpretation, report concerns "
            "about children without delay, share knowledge with other "
            "authorities in a safe and lawful way, and follow your organisation's local "
            "procedure."
        ),
        "objectives": [
            (
                "Explain why suspicion of violence must be acted on at once, what the proposed "
                "48-hour duty is, and what acting means."
            ),
            (
                "Document observations as facts — what, when, who and the exact words — "
                "kept apart from interpretation."
            ),
            "Describe the duty to report concerns about children and when it is heightened.",
            (
                "Explain why coordinated collaboration matters and the general principles "
                "of consent and data protection."
            ),
            "Find and follow your local procedure on suspicion of violence.",
        ],
    },
    "da": {
        "title": "Handlepligten",
        "summary": (
            "Hvad du skal gøre, når du har mistanke om vold i nære relationer: tage det "
            "første konkrete skridt straks (højst 48 timer, som handleplanen foreslår), "
            "dokumentere fakta og præcise ord uden tolkning, underrette uden ophold ved "
            "bekymring for børn, dele viden med andre myndigheder på en sikker og lovlig "
            "måde og følge din arbejdsplads' lokale procedure."
        ),
        "objectives": [
            (
                "Forklare, hvorfor der skal handles straks ved mistanke om vold, hvad forslaget "
                "om handlepligt inden for 48 timer går ud på, og hvad det vil sige at handle."
            ),
            (
                "Dokumentere iagttagelser som fakta — hvad, hvornår, hvem og de præcise "
                "ord — adskilt fra tolkning."
            ),
            "Beskrive underretningspligten, og hvornår den er skærpet.",
            (
                "Forklare, hvorfor koordineret samarbejde er vigtigt, og de generelle "
                "principper for samtykke og databeskyttelse."
            ),
            "Finde og følge den lokale procedure ved mistanke om vold.",
        ],
    },
    "lessons": [
        {
            "slug": "act-within-48-hours",
            "minutes": 12,
            "required": True,
            "en": {
                "title": "Acting promptly: the proposed 48-hour duty",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Most people exposed to violence in close relations never "
                            "ask anyone for help. Many are found only because a "
                            "professional they already meet — a daycare teacher, a nurse, "
                            "a caseworker, a police officer — notices something and does "
                            "something about it. Noticing is the first half of the job. "
                            "This course is about the second half: what you do next, and "
                            "how quickly.</p><h3>Why time matters</h3><p>Suspicion of "
                            "violence is not a matter that can wait for the next team "
                            "meeting. There are three reasons. First, violence in close "
                            "relations tends to be repeated and often escalates, so every "
                            "week without action is a week in which the person, and any "
                            "children, may be hurt again. Second, the moment when a "
                            "person confides in you, or when you see a sign clearly, is a "
                            "window that closes: people withdraw what they have said, "
                            "bruises heal, and the person using violence may tighten "
                            "control if they sense that something has come out. Third, "
                            "suspicions that are parked in one person's head are lost "
                            "when that person goes on holiday, changes job or simply "
                            "forgets the details.</p><h3>The proposed 48-hour duty</h3><p>The "
                            "Danish action plan against partner violence and partner "
                            "homicide proposes a duty for the police, municipalities and "
                            "regions to act within 48 hours when they suspect violence — "
                            "towards the person exposed, towards children, and in "
                            "relation to the person using violence. Whatever the legal "
                            "status of that proposal where you work, the 48 hours are a "
                            "sound professional standard and the one this platform trains "
                            "you to follow: <strong>when you have a reasoned suspicion, "
                            "the first concrete step must be taken within 48 "
                            "hours</strong>.</p><p>Acting does not mean that you must "
                            "solve the case, confront anyone or be certain. It means that "
                            "the suspicion leaves your desk and reaches someone who can "
                            "do something with it. Typical first steps are:</p><ul>"
                            "<li>telling your manager or the colleague your organisation "
                            "has appointed for violence cases;</li><li>sending a report "
                            "of concern (underretning) to the municipality when a child "
                            "may be affected;</li><li>contacting the unit that can assess "
                            "risk and offer help, for example the municipality's adult "
                            "services or a certified colleague;</li><li>helping the "
                            "person get in touch with a shelter, counselling or the "
                            "national hotline.</li></ul>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "You do not need proof",
                            "text": (
                                "<p>A reasoned suspicion is enough to act. Gathering "
                                "evidence and deciding what happened is the task of the "
                                "police, the municipality and the courts — not yours. "
                                "Waiting for certainty is the most common reason that "
                                "help comes too late.</p>"
                            ),
                        },
                    },
                    {
                        "type": "action_card",
                        "value": {
                            "title": "On suspicion of violence: what to do",
                            "notice": (
                                "Take what you see and hear seriously: injuries, fear, "
                                "changes in behaviour, a partner who controls contact, a "
                                "child who says something worrying. Trust the unease that "
                                "makes you stop and look twice."
                            ),
                            "talk": (
                                "If it is safe, talk to the person alone, calmly and "
                                "directly. Say what you have noticed and ask openly. Do "
                                "not promise to keep it secret; explain what you will do "
                                "with what you hear. With a child, listen and do not "
                                "question them in detail."
                            ),
                            "document": (
                                "The same day, write down facts: what you saw or heard, "
                                "when, who was present, and the exact words used. Keep "
                                "your own interpretations apart and labelled as such."
                            ),
                            "act": (
                                "Pass the suspicion on at once (48 hours at most, as "
                                "the action plan proposes): tell your manager or the "
                                "appointed colleague, send a report of concern without "
                                "delay if a child may be affected, and agree who does "
                                "what next. If anyone is in immediate danger, call 112 at "
                                "once."
                            ),
                            "contact": (
                                "Follow your local procedure: your manager, the appointed "
                                "violence contact, the municipality's children and youth "
                                "services or adult services, the police. The person can "
                                "call the Lev Uden Vold hotline on 1888 for advice and "
                                "shelter places."
                            ),
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>When it cannot wait 48 hours</h3><p>The 48 hours are a "
                            "maximum, not a waiting period. Act immediately, and call "
                            "112, if a person or a child is in acute danger: there are "
                            "threats to kill, the person using violence is on the way or "
                            "present, someone has been strangled or seriously injured, or "
                            "a child is afraid to go home and you have reason to believe "
                            "the fear is well founded. In those situations, stay with the "
                            "person if it is safe, and inform your manager afterwards.</p>"
                        ),
                    },
                ],
            },
            "da": {
                "title": "Handl straks: forslaget om 48 timer",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>De fleste, der udsættes for vold i nære relationer, beder "
                            "aldrig nogen om hjælp. Mange bliver kun opsporet, fordi en "
                            "fagperson, de alligevel møder — en pædagog, en "
                            "sygeplejerske, en sagsbehandler, en politibetjent — lægger "
                            "mærke til noget og gør noget ved det. At lægge mærke til "
                            "tegnene er den første halvdel af opgaven. Dette kursus "
                            "handler om den anden halvdel: hvad du gør bagefter, og hvor "
                            "hurtigt du gør det.</p><h3>Hvorfor tiden betyder noget</h3>"
                            "<p>Mistanke om vold kan ikke vente til næste teammøde. Det "
                            "er der tre grunde til. For det første gentager vold i nære "
                            "relationer sig typisk og eskalerer ofte, så hver uge uden "
                            "handling er en uge, hvor den voldsudsatte og eventuelle børn "
                            "kan blive udsat igen. For det andet er det øjeblik, hvor en "
                            "person betror sig til dig, eller hvor du ser et tydeligt "
                            "tegn, et vindue, der lukker sig: folk trækker deres ord "
                            "tilbage, blå mærker forsvinder, og den voldsudøvende kan "
                            "stramme kontrollen, hvis vedkommende fornemmer, at noget er "
                            "sluppet ud. For det tredje går en mistanke, der kun findes i "
                            "én medarbejders hoved, tabt, når medarbejderen holder ferie, "
                            "skifter job eller glemmer detaljerne.</p><h3>Forslaget om "
                            "handlepligt inden for 48 timer</h3><p>Handleplanen mod partnervold og "
                            "partnerdrab foreslår, at politi, kommuner og regioner får "
                            "pligt til at handle inden for 48 timer, når der er mistanke "
                            "om vold — over for den voldsudsatte, over for børnene og "
                            "over for den voldsudøvende. Uanset forslagets retlige status "
                            "der, hvor du arbejder, er de 48 timer en fornuftig faglig "
                            "standard, og det er den, du trænes i at følge her: "
                            "<strong>Når du har en begrundet mistanke, skal det første "
                            "konkrete skridt tages inden for 48 timer.</strong></p><p>At "
                            "handle betyder ikke, at du skal løse sagen, konfrontere "
                            "nogen eller være sikker. Det betyder, at mistanken forlader "
                            "dit skrivebord og når frem til nogen, der kan gøre noget ved "
                            "den. Typiske første skridt er:</p><ul><li>at orientere din "
                            "leder eller den kollega, som din arbejdsplads har udpeget "
                            "til voldssager;</li><li>at sende en underretning til "
                            "kommunen, når et barn kan være berørt;</li><li>at kontakte "
                            "den enhed, der kan vurdere risikoen og tilbyde hjælp, fx "
                            "kommunens voksenområde eller en certificeret kollega;</li>"
                            "<li>at hjælpe personen i kontakt med et krisecenter, et "
                            "rådgivningstilbud eller den nationale hotline.</li></ul>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Du behøver ikke beviser",
                            "text": (
                                "<p>En begrundet mistanke er nok til at handle. Det er "
                                "politiets, kommunens og domstolenes opgave at skaffe "
                                "beviser og afgøre, hvad der er sket — ikke din. At vente "
                                "på vished er den hyppigste grund til, at hjælpen kommer "
                                "for sent.</p>"
                            ),
                        },
                    },
                    {
                        "type": "action_card",
                        "value": {
                            "title": "Ved mistanke om vold: sådan gør du",
                            "notice": (
                                "Tag det alvorligt, du ser og hører: skader, frygt, "
                                "ændret adfærd, en partner der kontrollerer kontakten, et "
                                "barn der siger noget bekymrende. Stol på den uro, der "
                                "får dig til at stoppe op og se en ekstra gang."
                            ),
                            "talk": (
                                "Hvis det er sikkert, så tal med personen alene, roligt "
                                "og direkte. Sig, hvad du har lagt mærke til, og spørg "
                                "åbent. Lov ikke at holde det hemmeligt; fortæl, hvad du "
                                "vil gøre med det, du hører. Lyt til et barn, men udspørg "
                                "ikke barnet i detaljer."
                            ),
                            "document": (
                                "Skriv samme dag fakta ned: hvad du så eller hørte, "
                                "hvornår, hvem der var til stede, og de præcise ord, der "
                                "blev brugt. Hold dine egne tolkninger adskilt og mærk "
                                "dem som tolkninger."
                            ),
                            "act": (
                                "Giv mistanken videre straks (højst 48 timer, som handleplanen "
                                "foreslår): orientér din "
                                "leder eller den udpegede kollega, send uden ophold en "
                                "underretning, "
                                "hvis et barn kan være berørt, og aftal, hvem der gør "
                                "hvad. Er nogen i akut fare, så ring 112 med det samme."
                            ),
                            "contact": (
                                "Følg din arbejdsplads' lokale procedure: "
                                "din leder, den udpegede voldskontakt, "
                                "kommunens børne- og ungeområde eller voksenområde, "
                                "politiet. Personen kan ringe til Lev Uden Volds hotline "
                                "på 1888 for rådgivning og krisecenterpladser."
                            ),
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Når det ikke kan vente 48 timer</h3><p>De 48 timer er en "
                            "maksimal frist, ikke en ventetid. Handl med det samme, og "
                            "ring 112, hvis en voksen eller et barn er i akut fare: Der "
                            "er trusler om drab, den voldsudøvende er på vej eller til "
                            "stede, nogen er blevet kvalt eller alvorligt skadet, eller "
                            "et barn er bange for at gå hjem, og du har grund til at tro, "
                            "at frygten er velbegrundet. Bliv i de situationer hos "
                            "personen, hvis det er sikkert, og orientér din leder "
                            "bagefter.</p>"
                        ),
                    },
                ],
            },
        },
        {
            "slug": "documenting-facts",
            "minutes": 10,
            "required": True,
            "en": {
                "title": "Documenting facts",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>What you write down in the first hours after a worrying "
                            "observation or conversation may later be used by colleagues, "
                            "by the municipality when it decides on support for a child, "
                            "by the Family Court House (Familieretshuset) in a case about "
                            "custody and contact, and by the police. Good notes protect "
                            "the person exposed to violence, because they make the "
                            "concern concrete and credible. They also protect you, "
                            "because they show what you knew and what you did.</p>"
                            "<h3>What, when, who — and the exact words</h3><p>A useful "
                            "note answers four questions:</p><ol><li>"
                            "<strong>What</strong> did you see or hear yourself? Describe "
                            "an injury by location, size and colour rather than by cause. "
                            "Describe behaviour as behaviour: “cried and held on to the "
                            "door frame” rather than “was traumatised”.</li><li>"
                            "<strong>When</strong>? Date and time of the observation, and "
                            "when you wrote the note.</li><li><strong>Who</strong> was "
                            "present, who said what, and who you have informed since.</li>"
                            "<li><strong>Which exact words</strong> did the person or "
                            "child use? Write them in quotation marks, in the person's "
                            "own language, even if the words are childish, crude or "
                            "unclear. Also write down the question you asked just before, "
                            "because an answer can only be understood in the light of the "
                            "question.</li></ol><h3>Facts first, interpretation apart</h3>"
                            "<p>Professional judgement is valuable, but it must not be "
                            "mixed into the description. “The father is violent” is a "
                            "conclusion. By contrast, a note saying that Emma (4), when "
                            "asked what she had drawn, said “Daddy pushed Mummy against "
                            "the wall and she cried” records an observation that others "
                            "can assess for themselves. If you want to record your "
                            "assessment, do so in a separate paragraph that begins, for "
                            "example, “My assessment:” — and say what it is based on.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Write it the same day",
                            "text": (
                                "<p>Memory changes quickly, especially exact wording. "
                                "Write your note the same day, in your organisation's "
                                "case or record system — not on a sticky note, in a "
                                "private notebook or in a text message to a colleague.</p>"
                            ),
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Think about safety when you document</h3><p>Records can "
                            "be read by others. A parent with custody may have a right to "
                            "information about their child from daycare, school or health "
                            "services, and adults may have access to their own files. "
                            "Before you write, find out how your organisation protects "
                            "records when a parent or partner is suspected of violence, "
                            "and never record a protected address or a shelter's location "
                            "where the person using violence could see it. Ask your "
                            "manager if you are unsure.</p><p>Also note what you did: "
                            "whom you informed, when, and what was agreed. A note that "
                            "ends with “Informed my manager at 14:10; we agreed that I "
                            "send a report of concern today” shows that the suspicion has "
                            "been acted on at once.</p>"
                        ),
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["health", "police"],
                            "heading": "For health staff and police",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>Your documentation may become evidence. "
                                        "Describe and, where your procedures allow, "
                                        "photograph injuries with a scale and date, and "
                                        "note signs that are easily missed, such as marks "
                                        "on the neck, a hoarse voice, pinpoint bleeding "
                                        "in the eyes or difficulty swallowing after "
                                        "strangulation. Record whether the person says "
                                        "that they were strangled, in their own words, "
                                        "even if there are no visible marks.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            "da": {
                "title": "Dokumentér fakta",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Det, du skriver ned i de første timer efter en bekymrende "
                            "iagttagelse eller samtale, kan senere blive brugt af "
                            "kolleger, af kommunen når den tager stilling til støtte til "
                            "et barn, af Familieretshuset i en sag om forældremyndighed "
                            "og samvær og af politiet. Gode notater beskytter den "
                            "voldsudsatte, fordi de gør bekymringen konkret og troværdig. "
                            "De beskytter også dig, fordi de viser, hvad du vidste, og "
                            "hvad du gjorde.</p><h3>Hvad, hvornår, hvem — og de præcise "
                            "ord</h3><p>Et brugbart notat svarer på fire spørgsmål:</p>"
                            "<ol><li><strong>Hvad</strong> har du selv set eller hørt? "
                            "Beskriv en skade ud fra placering, størrelse og farve frem "
                            "for årsag. Beskriv adfærd som adfærd: »græd og holdt fast i "
                            "dørkarmen« frem for »var traumatiseret«.</li><li>"
                            "<strong>Hvornår</strong>? Dato og klokkeslæt for "
                            "iagttagelsen, og hvornår du skrev notatet.</li><li>"
                            "<strong>Hvem</strong> var til stede, hvem sagde hvad, og "
                            "hvem har du orienteret siden?</li><li><strong>Hvilke præcise "
                            "ord</strong> brugte personen eller barnet? Skriv dem i "
                            "citationstegn, med personens egne ord, også selv om de er "
                            "barnlige, grove eller uklare. Skriv også det spørgsmål ned, "
                            "du stillede lige forinden, for et svar kan kun forstås i "
                            "lyset af spørgsmålet.</li></ol><h3>Fakta først, tolkning for "
                            "sig</h3><p>Din faglige vurdering er værdifuld, men den må "
                            "ikke blandes ind i beskrivelsen. »Faren er voldelig« er en "
                            "konklusion. Derimod er et notat om, at Emma (4 år) sagde "
                            "»Far skubbede mor ind i væggen, og hun græd«, da jeg "
                            "spurgte, hvad hun havde tegnet, en iagttagelse, som andre "
                            "selv kan vurdere. Vil du skrive din vurdering ned, så gør "
                            "det i et særskilt afsnit, der fx begynder med »Min "
                            "vurdering:« — og skriv, hvad den bygger på.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Skriv det samme dag",
                            "text": (
                                "<p>Hukommelsen ændrer sig hurtigt, især når det gælder "
                                "ordlyd. Skriv dit notat samme dag i arbejdspladsens "
                                "journal- eller sagssystem — ikke på en gul seddel, i en "
                                "privat notesbog eller i en sms til en kollega.</p>"
                            ),
                        },
                    },
                    {
                        "type": "rich_text",
                        "value": (
                            "<h3>Tænk på sikkerheden, når du dokumenterer</h3>"
                            "<p>Journaler og notater kan læses af andre. En forælder med "
                            "forældremyndighed kan have ret til oplysninger om sit barn "
                            "fra dagtilbud, skole og sundhedsvæsen, og voksne kan have "
                            "adgang til deres egne sager. Find ud af, hvordan din "
                            "arbejdsplads beskytter oplysningerne, når en forælder eller "
                            "partner er mistænkt for vold, og skriv aldrig en beskyttet "
                            "adresse eller et krisecenters beliggenhed et sted, hvor den "
                            "voldsudøvende kan se den. Spørg din leder, hvis du er i "
                            "tvivl.</p><p>Notér også, hvad du gjorde: hvem du "
                            "orienterede, hvornår, og hvad I aftalte. Et notat, der "
                            "slutter med »Orienterede min leder kl. 14.10; vi aftalte, at "
                            "jeg sender en underretning i dag«, viser, at der er handlet "
                            "på mistanken med det samme.</p>"
                        ),
                    },
                    {
                        "type": "audience_section",
                        "value": {
                            "sectors": ["health", "police"],
                            "heading": "Til sundhedspersonale og politi",
                            "content": [
                                {
                                    "type": "rich_text",
                                    "value": (
                                        "<p>Din dokumentation kan blive til "
                                        "bevismateriale. Beskriv skader og fotografér dem "
                                        "med målestok og dato, hvor jeres procedurer "
                                        "tillader det, og notér tegn, der let overses, fx "
                                        "mærker på halsen, hæs stemme, punktformede "
                                        "blødninger i øjnene eller synkebesvær efter "
                                        "kvælning. Skriv ned, om personen selv fortæller, "
                                        "at vedkommende er blevet kvalt, med personens "
                                        "egne ord — også selv om der ikke er synlige "
                                        "mærker.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            "slug": "reporting-concerns-about-children",
            "minutes": 12,
            "required": True,
            "en": {
                "title": "Reporting concerns about children",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>When violence happens in a family, children are affected "
                            "even if no one has laid a hand on them. Living with violence "
                            "between the adults is in itself harmful to a child, and a "
                            "child in such a home may need support. That is why the duty "
                            "to report concerns about children is central to the duty to "
                            "act.</p><h3>Two levels of duty</h3><p>"
                            "<strong>Everyone</strong> — neighbours, relatives, any "
                            "citizen — has a duty to tell the municipality if they learn "
                            "that a child is being neglected or abused in a way that "
                            "harms the child's health or development. For professionals "
                            "the duty is <strong>heightened</strong> (skærpet "
                            "underretningspligt). If you work in the public sector, or in "
                            "a job that brings you into contact with children and "
                            "families — daycare, school, health services, job centres, "
                            "the municipality, the Family Court House, the police — you "
                            "must report as soon as you have reason to believe that a "
                            "child or young person may need special support. The "
                            "threshold is concern, not certainty. You do not have to know "
                            "that violence has happened; it is enough that what you have "
                            "seen or heard gives you reason to be concerned.</p><h3>Your "
                            "duty is personal</h3><p>The heightened duty rests on you as "
                            "an individual. It is good practice to involve your manager, "
                            "and many workplaces let the manager send the report. But if "
                            "your manager disagrees, or the report is not sent, you are "
                            "still responsible for making sure that the municipality is "
                            "told. You cannot hand the duty over to someone else and "
                            "consider it done.</p><h3>How to report</h3><ul><li>Send the "
                            "report of concern (underretning) without delay to the "
                            "municipality where the child lives, usually through its "
                            "digital form or secure mail.</li><li>Describe what you have "
                            "observed, with dates and exact words, and why it worries "
                            "you. Say that there is suspicion of violence in the family "
                            "and who is suspected.</li><li>If the child is in acute "
                            "danger, call the police on 112 first and send the report "
                            "afterwards.</li><li>Record in your own system that a report "
                            "was sent, when and by whom.</li></ul><p>The municipality "
                            "assesses the report promptly and decides what to do. You may "
                            "receive confirmation that it has arrived, but you will not "
                            "necessarily be told what happens next. If your concern "
                            "continues or new things happen, send a new report — a report "
                            "is not a one-off.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Violence between adults concerns the children too",
                            "text": (
                                "<p>When you suspect partner violence in a family with "
                                "children, always consider whether a report of concern "
                                "about the children is needed. In most cases it is.</p>"
                            ),
                        },
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "A remark at the job centre",
                            "story": (
                                "<p>Mia, 31, is on sickness benefit and comes to her "
                                "third follow-up meeting at the job centre. She seems "
                                "tired and apologises several times for being late. Her "
                                "caseworker, Jonas, asks how things are at home. Mia "
                                "laughs and says: “Fine, as long as I keep the kids quiet "
                                "when he's in one of his moods.” She quickly changes the "
                                "subject to her back pain. Jonas knows from the file that "
                                "she has two children, aged 3 and 7. He has seen no "
                                "injuries, and Mia has never said anything about "
                                "violence.</p><p>After the meeting Jonas is unsure. It "
                                "could be an ordinary comment about a grumpy partner. It "
                                "could also be a glimpse of a home where the children are "
                                "kept quiet out of fear.</p>"
                            ),
                            "reflection_question": (
                                "Is this enough to act on? What should Jonas do now, "
                                "and what should he write down?"
                            ),
                            "discussion": (
                                "<p>Jonas does not know whether there is violence, and he "
                                "does not need to. He has a concrete remark that suggests "
                                "fear in the home and two children who may be affected. "
                                "That is reason for concern.</p><ul><li>"
                                "<strong>Document</strong> the same day: the date, the "
                                "question he asked and Mia's exact words, that she "
                                "changed the subject, and that she seemed tired — without "
                                "concluding anything.</li><li><strong>Talk to his "
                                "manager</strong> or the appointed violence contact the "
                                "same day or the next.</li><li><strong>Consider a report "
                                "of concern</strong> about the children. As a job centre "
                                "employee, Jonas has the heightened duty to report. A "
                                "remark like this, together with anything else known in "
                                "the case, may well be enough; if in doubt, he can ask "
                                "the municipality's children and youth services for "
                                "advice.</li><li><strong>Follow up with Mia</strong> at "
                                "the next meeting, alone, with a direct but calm question "
                                "about how she and the children are, and information "
                                "about the Lev Uden Vold hotline on 1888.</li></ul>"
                                "<p>What Jonas should not do is wait for Mia to say more "
                                "before anything happens. Many people never do.</p>"
                            ),
                        },
                    },
                ],
            },
            "da": {
                "title": "Underretning om børn",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>Når der er vold i en familie, bliver børnene berørt, også "
                            "selv om ingen har lagt hånd på dem. Det er i sig selv "
                            "skadeligt for et barn at leve med vold mellem de voksne, og "
                            "et barn i sådan et hjem kan have brug for støtte. Derfor er "
                            "underretningspligten en central del af handlepligten.</p>"
                            "<h3>To niveauer af pligt</h3><p><strong>Alle</strong> — "
                            "naboer, familie, enhver borger — har pligt til at underrette "
                            "kommunen, hvis de får kendskab til, at et barn bliver udsat "
                            "for vanrøgt eller overgreb, der skader barnets sundhed eller "
                            "udvikling. For fagpersoner er pligten "
                            "<strong>skærpet</strong>. Arbejder du i den offentlige "
                            "sektor eller i et job, hvor du møder børn og familier — "
                            "dagtilbud, skole, sundhedsvæsen, jobcenter, kommunen, "
                            "Familieretshuset, politiet — skal du underrette, så snart du "
                            "har grund til at antage, at et barn eller en ung kan have "
                            "behov for særlig støtte. Tærsklen er bekymring, ikke vished. "
                            "Du behøver ikke at vide, at der har været vold; det er nok, "
                            "at det, du har set eller hørt, giver dig grund til "
                            "bekymring.</p><h3>Pligten er personlig</h3><p>Den skærpede "
                            "underretningspligt påhviler dig som person. Det er god "
                            "praksis at inddrage din leder, og mange arbejdspladser lader "
                            "lederen sende underretningen. Men er din leder uenig, eller "
                            "bliver underretningen ikke sendt, har du stadig ansvaret "
                            "for, at kommunen får besked. Du kan ikke overdrage pligten "
                            "til en anden og så betragte sagen som afsluttet.</p>"
                            "<h3>Sådan underretter du</h3><ul><li>Send underretningen "
                            "uden ophold til den kommune, hvor barnet bor, typisk via "
                            "kommunens digitale formular eller sikker post.</li>"
                            "<li>Beskriv, hvad du har iagttaget, med datoer og præcise "
                            "ord, og hvorfor det bekymrer dig. Skriv, at der er mistanke "
                            "om vold i familien, og hvem der er mistænkt.</li><li>Er "
                            "barnet i akut fare, så ring til politiet på 112 først og "
                            "send underretningen bagefter.</li><li>Notér i dit eget "
                            "system, at der er sendt en underretning, hvornår og af "
                            "hvem.</li></ul><p>Kommunen vurderer underretningen hurtigt "
                            "og beslutter, hvad der skal ske. Du kan få en bekræftelse "
                            "på, at den er modtaget, men du får ikke nødvendigvis at "
                            "vide, hvad der sker bagefter. Fortsætter din bekymring, "
                            "eller sker der noget nyt, så send en ny underretning — en "
                            "underretning er ikke en engangsforeteelse.</p>"
                        ),
                    },
                    {
                        "type": "key_point",
                        "value": {
                            "heading": "Vold mellem voksne vedrører også børnene",
                            "text": (
                                "<p>Når du har mistanke om partnervold i en familie med "
                                "børn, skal du altid overveje, om der skal underrettes om "
                                "børnene. Det skal der i de fleste tilfælde.</p>"
                            ),
                        },
                    },
                    {
                        "type": "case_vignette",
                        "value": {
                            "title": "En bemærkning på jobcentret",
                            "story": (
                                "<p>Mia på 31 år modtager sygedagpenge og kommer til sin "
                                "tredje opfølgningssamtale på jobcentret. Hun virker træt "
                                "og undskylder flere gange, at hun kommer for sent. "
                                "Hendes sagsbehandler, Jonas, spørger, hvordan det går "
                                "derhjemme. Mia griner og siger: »Fint nok, så længe jeg "
                                "holder ungerne stille, når han er i det humør.« Hun "
                                "skifter hurtigt emne til sine rygsmerter. Jonas ved fra "
                                "sagen, at hun har to børn på 3 og 7 år. Han har ikke set "
                                "skader, og Mia har aldrig sagt noget om vold.</p>"
                                "<p>Efter samtalen er Jonas i tvivl. Det kan være en helt "
                                "almindelig bemærkning om en sur kæreste. Det kan også "
                                "være et glimt af et hjem, hvor børnene holdes stille af "
                                "frygt.</p>"
                            ),
                            "reflection_question": (
                                "Er det nok til at handle på? Hvad bør Jonas gøre nu, "
                                "og hvad bør han skrive ned?"
                            ),
                            "discussion": (
                                "<p>Jonas ved ikke, om der er vold, og det behøver han "
                                "heller ikke. Han har en konkret bemærkning, der tyder på "
                                "frygt i hjemmet, og to børn, der kan være berørt. Det er "
                                "grund til bekymring.</p><ul><li>"
                                "<strong>Dokumentér</strong> samme dag: datoen, det "
                                "spørgsmål han stillede, Mias præcise ord, at hun "
                                "skiftede emne, og at hun virkede træt — uden at "
                                "konkludere noget.</li><li><strong>Tal med "
                                "lederen</strong> eller den udpegede voldskontakt samme "
                                "dag eller dagen efter.</li><li><strong>Overvej en "
                                "underretning</strong> om børnene. Som ansat på et "
                                "jobcenter har Jonas skærpet underretningspligt. En "
                                "bemærkning som denne kan sammen med det, der i øvrigt "
                                "vides i sagen, sagtens være nok; er han i tvivl, kan han "
                                "bede kommunens børne- og ungeområde om råd.</li><li>"
                                "<strong>Følg op med Mia</strong> ved næste samtale, "
                                "alene, med et direkte, men roligt spørgsmål om, hvordan "
                                "hun og børnene har det, og med information om Lev Uden "
                                "Volds hotline på 1888.</li></ul><p>Det, Jonas ikke skal "
                                "gøre, er at vente på, at Mia siger mere, før der sker "
                                "noget. Det gør mange aldrig.</p>"
                            ),
                        },
                    },
                ],
            },
        },
        {
            "slug": "sharing-knowledge-and-local-procedure",
            "minutes": 11,
            "required": True,
            "en": {
                "title": "Sharing knowledge and your local procedure",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>A person exposed to violence is often known to several "
                            "services at once: the GP, the emergency department, the job "
                            "centre, the children's school, the police, the Family Court "
                            "House. Each of them may hold one small piece of the picture "
                            "— a bruise, a missed appointment, a call-out, a remark in a "
                            "custody case. Alone, none of the pieces looks serious. "
                            "Together, they may show escalating violence. That is why the "
                            "action plan asks for authorities to share concrete knowledge "
                            "about violence with each other, and to work together in a "
                            "structured way, for example on the model of the existing "
                            "cooperation between the police, social services and "
                            "psychiatry (PSP).</p><h3>Coordinated collaboration</h3>"
                            "<p>Coordinated collaboration between actors is one of the "
                            "core elements of good practice in this field. It means that "
                            "someone holds the thread in each case, that the services "
                            "know what the others are doing, and that safety is assessed "
                            "together rather than separately. For the person, it means "
                            "not having to tell the whole story again and again, and not "
                            "falling between two chairs.</p><h3>Consent and data "
                            "protection — in general terms</h3><p>Sharing information "
                            "about a person's private life is regulated, and the rules "
                            "differ between sectors and countries. The general principles "
                            "are:</p><ul><li><strong>Consent is the starting "
                            "point</strong> when you want to share information about an "
                            "adult. Ask the person, explain what you want to share, with "
                            "whom and why, and respect the answer where you can. Trust "
                            "and safety depend on the person not being surprised by what "
                            "you do.</li><li><strong>There are exceptions.</strong> The "
                            "duty to report concerns about children applies without the "
                            "parents' consent. Information may also be passed on without "
                            "consent where it is necessary to prevent serious danger to "
                            "someone's life or health, and in some forms of structured "
                            "cooperation between authorities.</li><li><strong>Share what "
                            "is necessary</strong> — relevant, accurate and no more than "
                            "the purpose requires — and share it securely.</li><li>"
                            "<strong>Never share information that reveals where the "
                            "person lives or stays</strong> if they are hiding from the "
                            "person using violence.</li></ul><p>You are not expected to "
                            "know the legal details. You are expected to know whom to "
                            "ask: your manager, your organisation's legal or data "
                            "protection adviser, and the procedure below.</p>"
                        ),
                    },
                    {
                        "type": "local_procedure",
                        "value": {
                            "heading": "Who does what in your organisation",
                        },
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Frequently asked questions",
                            "items": [
                                {
                                    "question": "Do I need proof before I act?",
                                    "answer": (
                                        "<p>No. A reasoned suspicion is enough, both for "
                                        "the duty to act and for the duty to report "
                                        "concerns about children. Finding out what "
                                        "happened is the task of the municipality and the "
                                        "police.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Must I tell the parents before I send a report of concern?"
                                    ),
                                    "answer": (
                                        "<p>Often it is good practice to tell parents "
                                        "that you are worried and that you are contacting "
                                        "the municipality. But <strong>not</strong> when "
                                        "a parent is suspected of violence or abuse, or "
                                        "when telling them could put the child or the "
                                        "other parent at risk or harm the investigation. "
                                        "In those cases, send the report without "
                                        "informing the parents and say in the report that "
                                        "they have not been told, and why. The "
                                        "municipality decides when and how the family is "
                                        "informed.</p>"
                                    ),
                                },
                                {
                                    "question": "What if the person asks me not to tell anyone?",
                                    "answer": (
                                        "<p>Never promise secrecy before you know what "
                                        "you will hear. If an adult asks you not to pass "
                                        "on what they have said, take the wish seriously: "
                                        "explain what you must do and what you can keep "
                                        "between you, and involve them in the next step. "
                                        "Where children are involved, or there is serious "
                                        "danger to someone's life or health, you must act "
                                        "even without consent — tell the person that you "
                                        "are going to, and why.</p>"
                                    ),
                                },
                                {
                                    "question": "What if I am wrong?",
                                    "answer": (
                                        "<p>A report made in good faith on a reasoned "
                                        "concern is never wrong, even if the "
                                        "investigation finds no violence. It is much more "
                                        "serious to stay silent about a concern that "
                                        "turns out to be justified.</p>"
                                    ),
                                },
                                {
                                    "question": "My manager thinks we should wait. What do I do?",
                                    "answer": (
                                        "<p>Explain your concern and what it is based on, "
                                        "and point out that it must not wait: the action plan "
                                        "proposes 48 hours as the outer limit. If a child "
                                        "may be affected, remember that the heightened "
                                        "duty to report is personal: if the report is not "
                                        "sent, you must send it yourself.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "The person using violence is also my client. Can "
                                        "I still act?"
                                    ),
                                    "answer": (
                                        "<p>Yes. Your duty concerns the safety of the "
                                        "person exposed and any children. Do not confront "
                                        "the suspected person with the suspicion or "
                                        "reveal who has spoken — that can increase the "
                                        "danger. Pass the concern on according to your "
                                        "procedure.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            "da": {
                "title": "Videndeling og den lokale procedure",
                "body": [
                    {
                        "type": "rich_text",
                        "value": (
                            "<p>En voldsudsat person er ofte kendt af flere instanser på "
                            "én gang: egen læge, skadestuen, jobcentret, børnenes skole, "
                            "politiet, Familieretshuset. Hver af dem kan sidde med en "
                            "lille brik — et blåt mærke, en udeblivelse, en udrykning, en "
                            "bemærkning i en samværssag. Hver for sig ser brikkerne ikke "
                            "alvorlige ud. Samlet kan de vise en vold, der eskalerer. "
                            "Derfor foreslår handleplanen, at myndigheder får pligt til "
                            "af egen drift at dele konkret viden om vold med hinanden og "
                            "til at samarbejde struktureret, fx efter forbillede i det "
                            "eksisterende PSP-samarbejde mellem politi, socialforvaltning "
                            "og psykiatri.</p><h3>Koordineret samarbejde</h3>"
                            "<p>Koordineret samarbejde mellem aktørerne er et af "
                            "kerneelementerne i god praksis på området. Det betyder, at "
                            "nogen holder trådene i den enkelte sag, at instanserne ved, "
                            "hvad de andre gør, og at sikkerheden vurderes i fællesskab "
                            "frem for hver for sig. For borgeren betyder det, at "
                            "vedkommende ikke skal fortælle hele historien igen og igen "
                            "og ikke falder mellem to stole.</p><h3>Samtykke og "
                            "databeskyttelse — i store træk</h3><p>Videregivelse af "
                            "oplysninger om en persons private forhold er reguleret, og "
                            "reglerne er forskellige fra sektor til sektor og fra land "
                            "til land. De generelle principper er:</p><ul><li>"
                            "<strong>Samtykke er udgangspunktet</strong>, når du vil "
                            "videregive oplysninger om en voksen. Spørg personen, forklar "
                            "hvad du vil videregive, til hvem og hvorfor, og respektér "
                            "svaret, hvor du kan. Tillid og sikkerhed forudsætter, at "
                            "personen ikke bliver overrasket over det, du gør.</li><li>"
                            "<strong>Der er undtagelser.</strong> Underretningspligten "
                            "gælder uden forældrenes samtykke. Oplysninger kan også "
                            "videregives uden samtykke, når det er nødvendigt for at "
                            "afværge alvorlig fare for nogens liv eller helbred, og i "
                            "visse former for struktureret samarbejde mellem "
                            "myndigheder.</li><li><strong>Del det nødvendige</strong> — "
                            "relevant, korrekt og ikke mere, end formålet kræver — og del "
                            "det sikkert.</li><li><strong>Del aldrig oplysninger, der "
                            "afslører, hvor personen bor eller opholder sig</strong>, "
                            "hvis vedkommende skjuler sig for den voldsudøvende.</li></ul>"
                            "<p>Du forventes ikke at kende de juridiske detaljer. Du "
                            "forventes at vide, hvem du skal spørge: din leder, "
                            "arbejdspladsens jurist eller databeskyttelsesrådgiver og "
                            "proceduren nedenfor.</p>"
                        ),
                    },
                    {
                        "type": "local_procedure",
                        "value": {
                            "heading": "Hvem gør hvad hos jer",
                        },
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Ofte stillede spørgsmål",
                            "items": [
                                {
                                    "question": "Skal jeg have beviser, før jeg handler?",
                                    "answer": (
                                        "<p>Nej. En begrundet mistanke er nok, både til "
                                        "handlepligten og til underretningspligten. Det "
                                        "er kommunens og politiets opgave at finde ud af, "
                                        "hvad der er sket.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Skal jeg fortælle forældrene det, før jeg underretter?"
                                    ),
                                    "answer": (
                                        "<p>Ofte er det god praksis at fortælle "
                                        "forældrene, at du er bekymret, og at du "
                                        "kontakter kommunen. Men <strong>ikke</strong>, "
                                        "når en forælder er mistænkt for vold eller "
                                        "overgreb, eller når det kan bringe barnet eller "
                                        "den anden forælder i fare eller skade "
                                        "undersøgelsen. I de tilfælde sender du "
                                        "underretningen uden at orientere forældrene og "
                                        "skriver i underretningen, at de ikke er "
                                        "orienteret, og hvorfor. Kommunen beslutter, "
                                        "hvornår og hvordan familien orienteres.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Hvad hvis personen beder mig om ikke at sige det "
                                        "til nogen?"
                                    ),
                                    "answer": (
                                        "<p>Lov aldrig at holde noget hemmeligt, før du "
                                        "ved, hvad du kommer til at høre. Beder en voksen "
                                        "dig om ikke at give det videre, så tag ønsket "
                                        "alvorligt: Forklar, hvad du er forpligtet til, "
                                        "og hvad der kan blive mellem jer, og inddrag "
                                        "personen i næste skridt. Er der børn involveret, "
                                        "eller er der alvorlig fare for nogens liv eller "
                                        "helbred, skal du handle også uden samtykke — "
                                        "fortæl personen, at du gør det, og hvorfor.</p>"
                                    ),
                                },
                                {
                                    "question": "Hvad hvis jeg tager fejl?",
                                    "answer": (
                                        "<p>En underretning, der er sendt i god tro på "
                                        "baggrund af en begrundet bekymring, er aldrig "
                                        "forkert, heller ikke hvis undersøgelsen ikke "
                                        "finder vold. Det er langt mere alvorligt at tie "
                                        "om en bekymring, der viser sig at være "
                                        "berettiget.</p>"
                                    ),
                                },
                                {
                                    "question": "Min leder mener, vi skal vente. Hvad gør jeg?",
                                    "answer": (
                                        "<p>Forklar din bekymring og hvad den bygger på, "
                                        "og påpeg, at det ikke kan vente: handleplanen foreslår "
                                        "48 timer som yderste frist. Kan et barn "
                                        "være berørt, så husk, at den skærpede "
                                        "underretningspligt er personlig: Bliver "
                                        "underretningen ikke sendt, skal du selv sende "
                                        "den.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Den voldsudøvende er også min borger. Kan jeg "
                                        "stadig handle?"
                                    ),
                                    "answer": (
                                        "<p>Ja. Din pligt gælder den voldsudsattes og "
                                        "eventuelle børns sikkerhed. Konfrontér ikke den "
                                        "mistænkte med mistanken, og afslør ikke, hvem "
                                        "der har sagt noget — det kan øge faren. Giv "
                                        "bekymringen videre efter jeres procedure.</p>"
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
