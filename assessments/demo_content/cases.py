"""Practice cases for the demonstration risk instrument (training only).

Fictional cases written for training. Each has reference ratings and summary judgements with
a rationale, so that learners can compare their own ratings with the "panel's". These are the
course authors' illustrative ratings, not a real expert panel's, until a real panel rates the
cases; the calibration pages say so wherever the panel's ratings are shown. Rating codes:
N, P, Y, and O for Omit.
"""

PRACTICE_CASES: list[dict] = [
    # ------------------------------------------------------------------------------------------
    # Case 1: police call-out — high risk, urgent
    # ------------------------------------------------------------------------------------------
    {
        "key": "case-1",
        "en": {
            "title": "Camilla and Jesper: a call-out in the night",
            "vignette": (
                "<p>Camilla, 31, and Jesper, 35, have lived together for six years and have two "
                "children, Freja (7) and Oliver (4). Camilla works as a dental assistant. Jesper "
                "is a self-employed carpenter and a keen hunter.</p>"
                "<p>At 01:40 on a Saturday night a neighbour calls the police after hearing "
                "screams and a crash from the couple's terraced house. Jesper opens the door to "
                "the patrol and says they “had a bit of a row”. Camilla is sitting on the kitchen "
                "floor, crying. Her voice is hoarse, and there are red marks on both sides of her "
                "neck. The children are awake upstairs.</p>"
                "<p>Two weeks ago Camilla told Jesper that she wants to separate, and she has "
                "started looking for a flat. Since then, she says, he has been “a different "
                "person”. He goes through her phone every evening, has turned on location "
                "sharing on her phone so that he can see where she is, and has twice turned up "
                "unannounced at the dental clinic where she works, accusing her of seeing one of "
                "the dentists. Camilla wants the children to live with her; Jesper has said that "
                "they will “of course stay here in the house with me”. They have not discussed "
                "it further, and no case has been opened.</p>"
                "<p>Camilla describes the relationship as controlling for years. Jesper manages "
                "all their money, she has to ask him for money for groceries, and he decides "
                "whether she may see her friends. In the past he pushed her “a few times a "
                "year”, but he had never hit her until this spring. The police had never been to "
                "the address until two months ago; since then there have been two call-outs, "
                "both logged as a domestic dispute and closed without charges. Camilla now says "
                "that he punched her in the face during the first of them.</p>"
                "<p>Tonight, she says, Jesper saw a message from an estate agent on her phone. He "
                "pushed her against the kitchen wall and held her there by the throat with both "
                "hands “until everything went black”. When she came round, he was standing over "
                "her, saying that if she left him, he would kill her and then himself. Camilla "
                "says she now believes he is capable of killing her.</p>"
                "<p>Jesper is arrested. A check of the weapons register shows that he holds a "
                "licence for two hunting rifles, kept in a gun cabinet in the basement. Camilla "
                "says he drinks several beers most evenings, but the patrol sees no sign of "
                "intoxication, and she has never known drinking to affect his work or to come "
                "before the violence. Camilla is not pregnant. There has been no restraining "
                "order and no earlier police warning.</p>"
            ),
            "material": [
                {
                    "kind": "police_report",
                    "title": "Incident report (excerpt)",
                    "text": (
                        "<p>01:52. Patrol arrived at the address. Door opened by the man, who "
                        "was calm and said: “We had a bit of a row, it's nothing.” The woman "
                        "was found on the kitchen floor, crying. Hoarse voice. Red marks, about "
                        "3 x 5 cm, on both sides of the neck. Says she briefly lost "
                        "consciousness. Two children awake on the first floor. Kitchen chair "
                        "overturned, broken glass on the floor.</p>"
                        "<p>Record check: call-outs to the address on two dates in the last two "
                        "months, both logged as “domestic dispute”, no charges. No earlier "
                        "restraining order or warning. Weapons register: the man holds a licence "
                        "for two hunting rifles.</p>"
                        "<p>02:25. The man was arrested. No smell of alcohol; steady on his "
                        "feet; speech clear. The woman was advised to have a medical "
                        "examination. The municipality's on-call service was informed about the "
                        "children.</p>"
                    ),
                },
                {
                    "kind": "interview_summary",
                    "title": "Statement from Camilla at the police station (excerpt)",
                    "text": (
                        "<p>Asked whether he had put pressure on her neck: “He held me by the "
                        "throat with both hands against the wall. I couldn't breathe, and then "
                        "everything went black.” Asked what he said afterwards: “If you leave "
                        "me, I'll kill you and then myself.”</p>"
                        "<p>About the last two months: “He has never been like this before. "
                        "Before, it was a push now and then. The first time the police came, he "
                        "hit me in the face with his fist.” About his monitoring: “He reads "
                        "everything on my phone, and he can see where I am all the time. He "
                        "turned up at work twice and shouted that I'm sleeping with one of the "
                        "dentists.”</p>"
                        "<p>Asked what she thinks he might do: “I honestly think he could kill "
                        "me now. He has the guns in the basement.”</p>"
                    ),
                },
            ],
        },
        "da": {
            "title": "Camilla og Jesper: en udrykning om natten",
            "vignette": (
                "<p>Camilla på 31 og Jesper på 35 år har boet sammen i seks år og har to børn, "
                "Freja (7) og Oliver (4). Camilla er tandklinikassistent. Jesper er "
                "selvstændig tømrer og ivrig jæger.</p>"
                "<p>Kl. 01.40 en lørdag nat ringer en nabo til politiet efter at have hørt skrig "
                "og et brag fra parrets rækkehus. Jesper åbner døren for patruljen og siger, at "
                "de »lige har haft et skænderi«. Camilla sidder på køkkengulvet og græder. Hun er "
                "hæs, og der er røde mærker på begge sider af hendes hals. Børnene er vågne "
                "ovenpå.</p>"
                "<p>For to uger siden fortalte Camilla Jesper, at hun vil gå fra ham, og hun er "
                "begyndt at se efter en lejlighed. Siden da har han ifølge hende været »et andet "
                "menneske«. Han gennemgår hendes telefon hver aften, har slået placeringsdeling "
                "til på hendes telefon, så han kan se, hvor hun er, og er to gange dukket "
                "uanmeldt op på tandklinikken, hvor hun arbejder, og har beskyldt hende for at "
                "have et forhold til en af tandlægerne. Camilla ønsker, at børnene skal bo hos "
                "hende; Jesper har sagt, at de »selvfølgelig bliver boende her i huset hos mig«. "
                "De har ikke talt mere om det, og der er ikke startet nogen sag.</p>"
                "<p>Camilla beskriver forholdet som kontrollerende gennem flere år. Jesper "
                "styrer alle deres penge, hun skal bede ham om penge til indkøb, og han "
                "bestemmer, om hun må se sine veninder. Tidligere skubbede han hende »et par "
                "gange om året«, men han havde aldrig slået hende før i foråret. Politiet havde "
                "aldrig været på adressen før for to måneder siden; siden da har der været to "
                "udrykninger, begge registreret som husspektakler og afsluttet uden sigtelse. "
                "Camilla fortæller nu, at han slog hende i ansigtet med knyttet hånd ved den "
                "første af dem.</p>"
                "<p>I nat, fortæller hun, så Jesper en besked fra en ejendomsmægler på hendes "
                "telefon. Han skubbede hende op ad køkkenvæggen og holdt hende fast om halsen "
                "med begge hænder, »til alt blev sort«. Da hun kom til sig selv, stod han over "
                "hende og sagde, at hvis hun gik fra ham, ville han slå hende ihjel og derefter "
                "sig selv. Camilla siger, at hun nu tror, at han er i stand til at slå hende "
                "ihjel.</p>"
                "<p>Jesper bliver anholdt. Et opslag i våbenregistret viser, at han har "
                "våbentilladelse til to jagtrifler, som opbevares i et våbenskab i kælderen. "
                "Camilla fortæller, at han drikker flere øl de fleste aftener, men patruljen ser "
                "ingen tegn på beruselse, og hun har aldrig oplevet, at drikkeriet har påvirket "
                "hans arbejde eller gået forud for volden. Camilla er ikke gravid. Der har ikke "
                "været noget tilhold og ingen tidligere advarsel fra politiet.</p>"
            ),
            "material": [
                {
                    "kind": "police_report",
                    "title": "Anmeldelsesrapport (uddrag)",
                    "text": (
                        "<p>Kl. 01.52. Patruljen ankom til adressen. Døren blev åbnet af manden, "
                        "der var rolig og sagde: »Vi har lige haft et skænderi, det er ingenting.« "
                        "Kvinden blev fundet på køkkengulvet, grædende. Hæs stemme. Røde mærker, "
                        "ca. 3 x 5 cm, på begge sider af halsen. Oplyser, at hun kortvarigt "
                        "mistede bevidstheden. To børn vågne på første sal. Køkkenstol væltet, "
                        "knust glas på gulvet.</p>"
                        "<p>Registeropslag: udrykninger til adressen på to datoer inden for de "
                        "seneste to måneder, begge registreret som husspektakler, ingen "
                        "sigtelser. Intet tidligere tilhold eller advarsel. Våbenregistret: "
                        "Manden har våbentilladelse til to jagtrifler.</p>"
                        "<p>Kl. 02.25. Manden blev anholdt. Ingen alkohollugt; gik sikkert; "
                        "talte klart. Kvinden blev rådet til at lade sig undersøge af en læge. "
                        "Kommunens døgnvagt blev orienteret om børnene.</p>"
                    ),
                },
                {
                    "kind": "interview_summary",
                    "title": "Camillas forklaring på politistationen (uddrag)",
                    "text": (
                        "<p>Adspurgt, om han havde trykket på hendes hals: »Han holdt mig om "
                        "halsen med begge hænder op ad væggen. Jeg kunne ikke få luft, og så blev "
                        "alt sort.« Adspurgt, hvad han sagde bagefter: »Hvis du går fra mig, slår "
                        "jeg dig ihjel og så mig selv.«</p>"
                        "<p>Om de sidste to måneder: »Sådan har han aldrig været før. Før var det "
                        "et skub en gang imellem. Første gang politiet kom, slog han mig i "
                        "ansigtet med knytnæven.« Om overvågningen: »Han læser alt på min "
                        "telefon, og han kan se, hvor jeg er, hele tiden. Han er dukket op på "
                        "arbejdet to gange og har råbt, at jeg går i seng med en af "
                        "tandlægerne.«</p>"
                        "<p>Adspurgt, hvad hun tror, han kunne finde på: »Jeg tror ærlig talt, "
                        "at han kunne slå mig ihjel nu. Han har jo geværerne i kælderen.«</p>"
                    ),
                },
            ],
        },
        "reference": {
            "items": {
                "D1": "Y",
                "D2": "Y",
                "D3": "Y",
                "D4": "Y",
                "D5": "Y",
                "D6": "Y",
                "D7": "Y",
                "D8": "N",
                "D9": "N",
                "D10": "Y",
                "D11": "P",
                "D12": "P",
            },
            "summary": {"risk": "high", "priority": "urgent"},
        },
        "rationale": {
            "en": {
                "D1": (
                    "For years there were occasional pushes; in the last two months there have "
                    "been two call-outs, a punch to the face and now strangulation to "
                    "unconsciousness. That is a clear recent increase in both frequency and "
                    "severity."
                ),
                "D2": (
                    "Camilla reports an explicit threat made tonight: “If you leave me, I'll kill "
                    "you and then myself.” A clear threat to kill, combined with a threat of "
                    "suicide, is rated Y."
                ),
                "D3": (
                    "She describes being held by the throat with both hands until she lost "
                    "consciousness, and the patrol recorded a hoarse voice and red marks on both "
                    "sides of the neck."
                ),
                "D4": (
                    "Camilla announced two weeks ago that she wants to separate and is looking "
                    "for a flat; tonight's violence was triggered by a message from an estate "
                    "agent. A separation is clearly under way."
                ),
                "D5": (
                    "Nightly phone checks, location tracking through her phone and two "
                    "unannounced visits to her workplace form a persistent pattern of "
                    "monitoring and unwanted contact."
                ),
                "D6": (
                    "The weapons register confirms that Jesper holds a licence for two hunting "
                    "rifles kept in the house, and Camilla links them to her fear. Confirmed "
                    "access is rated Y."
                ),
                "D7": (
                    "He controls the money and her contact with friends, accuses her of an "
                    "affair and monitors her phone: a clear, long-standing pattern of jealousy "
                    "and control."
                ),
                "D8": (
                    "No restraining order, warning or other sanction has been imposed, so there "
                    "is nothing to breach. Rated N, noting that the item tells us little here."
                ),
                "D9": (
                    "Camilla is not pregnant and the youngest child is four, so the item is absent."
                ),
                "D10": (
                    "Camilla says she honestly believes he could kill her now. That is strong "
                    "fear for her life."
                ),
                "D11": (
                    "Several beers most evenings is heavy use, but there is no sign that it "
                    "affects his work or is linked to the violence, and he was sober tonight. "
                    "Heavy use without clear problems is P."
                ),
                "D12": (
                    "The parents disagree about where the children will live, but no case has "
                    "been opened and there have been no threats about the children. "
                    "Disagreement without a case or threats is P."
                ),
                "risk": (
                    "High. Strangulation to unconsciousness during an ongoing separation, an "
                    "explicit threat to kill, rapid escalation, stalking and confirmed access to "
                    "firearms together form one of the most dangerous combinations described."
                ),
                "priority": (
                    "Urgent. Action is needed today, before Jesper is released: seizure of the "
                    "firearms, protective measures such as a restraining order, an offer of a "
                    "shelter place, a safety plan with Camilla and a report of concern about the "
                    "children."
                ),
            },
            "da": {
                "D1": (
                    "I årevis var der enkelte skub; de seneste to måneder har der været to "
                    "udrykninger, et knytnæveslag i ansigtet og nu kvælning til bevidstløshed. "
                    "Det er en tydelig, nylig stigning i både hyppighed og grovhed."
                ),
                "D2": (
                    "Camilla fortæller om en udtalt trussel fremsat i nat: »Hvis du går fra mig, "
                    "slår jeg dig ihjel og så mig selv.« En tydelig drabstrussel kombineret med "
                    "en selvmordstrussel vurderes Y."
                ),
                "D3": (
                    "Hun beskriver at være holdt om halsen med begge hænder, til hun mistede "
                    "bevidstheden, og patruljen noterede hæs stemme og røde mærker på begge sider "
                    "af halsen."
                ),
                "D4": (
                    "Camilla meddelte for to uger siden, at hun vil gå, og ser efter en "
                    "lejlighed; nattens vold blev udløst af en besked fra en ejendomsmægler. Et "
                    "brud er tydeligt i gang."
                ),
                "D5": (
                    "Daglig gennemgang af telefonen, sporing af hendes placering og to uanmeldte "
                    "besøg på hendes arbejdsplads udgør et vedvarende mønster af overvågning og "
                    "uønsket kontakt."
                ),
                "D6": (
                    "Våbenregistret bekræfter, at Jesper har våbentilladelse til to jagtrifler, "
                    "som opbevares i huset, og Camilla forbinder dem med sin frygt. Bekræftet "
                    "adgang vurderes Y."
                ),
                "D7": (
                    "Han styrer pengene og hendes kontakt med veninder, beskylder hende for et "
                    "forhold og overvåger hendes telefon: et tydeligt, langvarigt mønster af "
                    "jalousi og kontrol."
                ),
                "D8": (
                    "Der er ikke pålagt noget tilhold, nogen advarsel eller anden sanktion, så "
                    "der er intet at overtræde. Vurderet N med den bemærkning, at punktet siger "
                    "meget lidt her."
                ),
                "D9": (
                    "Camilla er ikke gravid, og det yngste barn er fire år, så punktet er "
                    "fraværende."
                ),
                "D10": (
                    "Camilla siger, at hun ærlig talt tror, at han kunne slå hende ihjel nu. Det "
                    "er stærk frygt for hendes liv."
                ),
                "D11": (
                    "Flere øl de fleste aftener er et stort forbrug, men intet tyder på, at det "
                    "påvirker hans arbejde eller hænger sammen med volden, og han var ædru i nat. "
                    "Stort forbrug uden tydelige problemer er P."
                ),
                "D12": (
                    "Forældrene er uenige om, hvor børnene skal bo, men der er ikke startet nogen "
                    "sag, og der har ikke været trusler om børnene. Uenighed uden sag eller "
                    "trusler er P."
                ),
                "risk": (
                    "Høj. Kvælning til bevidstløshed under et igangværende brud, en udtalt "
                    "drabstrussel, hurtig eskalering, stalking og bekræftet adgang til skydevåben "
                    "udgør tilsammen en af de farligste kombinationer, der er beskrevet."
                ),
                "priority": (
                    "Akut. Der skal handles i dag, før Jesper bliver løsladt: beslaglæggelse af "
                    "våbnene, beskyttende tiltag som et tilhold, tilbud om krisecenterplads, en "
                    "sikkerhedsplan sammen med Camilla og en underretning om børnene."
                ),
            },
        },
    },
    # ------------------------------------------------------------------------------------------
    # Case 2: job centre referral — moderate risk, elevated; two items omitted
    # ------------------------------------------------------------------------------------------
    {
        "key": "case-2",
        "en": {
            "title": "Sara and Daniel: a referral from the job centre",
            "vignette": (
                "<p>Sara, 27, receives cash benefit and has a son, Malthe, who is 14 months old. "
                "She lives with Malthe's father, Daniel, 30. Over the spring her caseworker at "
                "the job centre noticed that Daniel rang Sara again and again during their "
                "meetings, and that Sara left a supermarket internship after one week. When the "
                "caseworker asked about it with Sara alone, Sara said that Daniel did not want "
                "her to work “with all those men”, and that he keeps her bank card because her "
                "benefit is paid into an account that only he can use.</p>"
                "<p>With Sara's consent, the caseworker referred her to the municipality's "
                "adult services, where a counsellor trained in risk assessment met Sara twice. "
                "Sara described a relationship in which Daniel decides what she spends, whom she "
                "sees and when she may leave the flat. He has a location app on her phone, reads "
                "her messages, and expects her to send a photo to show where she is when she is "
                "out. If she does not answer at once, he calls ten or fifteen times.</p>"
                "<p>Daniel has pushed Sara against a door or a wall “a few times”, most recently "
                "about a month ago. Sara says it has “got worse since the summer”, but when "
                "asked, she cannot say in what way. Asked directly whether he has ever grabbed "
                "her neck or blocked her breathing, she answers: “No, never that.” Once, when "
                "Sara said she needed some time on her own, Daniel told her: “If you ever leave, "
                "you'll regret it.” She does not know what he meant.</p>"
                "<p>Sara has secretly looked at flats with her sister, but has not decided "
                "anything, and Daniel does not know. There is no disagreement between them about "
                "Malthe, and Daniel is described as a caring father. Sara says she is not "
                "pregnant.</p>"
                "<p>Asked whether she is afraid, Sara says: “Not for my life. But I'm scared of "
                "what he'll do if he finds out I've been looking at flats.” The police have "
                "never been involved, and there have been no sanctions of any kind.</p>"
                "<p>The counsellor's second meeting with Sara was cut short when Daniel called "
                "and Sara had to leave. Whether Daniel has access to weapons, and whether he "
                "uses alcohol or drugs, were not discussed, and nothing about either appears in "
                "the job centre's notes or anywhere else in the material.</p>"
            ),
            "material": [
                {
                    "kind": "case_note",
                    "title": "Job centre case note (excerpt)",
                    "text": (
                        "<p>Follow-up meeting with the citizen. The citizen's phone rang 11 "
                        "times during the 40-minute meeting; the display showed “Daniel”. The "
                        "citizen seemed anxious and said she had to answer “or he'll be "
                        "angry”.</p>"
                        "<p>Asked, when alone, why the internship ended: “Daniel doesn't want me "
                        "to work with all those men.” Asked about money for transport: “He has "
                        "my card. The benefit goes into his account.”</p>"
                        "<p>My assessment: signs of economic control and monitoring. Informed my "
                        "manager the same day. With the citizen's consent, referral sent to "
                        "adult services; we agreed that I contact her only by phone during "
                        "office hours and never by letter.</p>"
                    ),
                },
                {
                    "kind": "interview_summary",
                    "title": "Adult services, summary of two conversations (excerpt)",
                    "text": (
                        "<p>Physical violence: pushed against a door or wall “a few times”, the "
                        "last about a month ago. Says it has “got worse since the summer”; "
                        "cannot give examples. Asked directly about pressure on the neck or "
                        "blocked breathing: “No, never that.”</p>"
                        "<p>Threats: “If you ever leave, you'll regret it,” said when she asked "
                        "for time on her own. No other threats described. Separation: has looked "
                        "at flats with her sister; no decision; partner not aware.</p>"
                        "<p>Fear: “Not for my life. But I'm scared of what he'll do if he finds "
                        "out I've been looking at flats.”</p>"
                        "<p>Not covered: weapons, alcohol and drugs (the second conversation "
                        "ended early). To be followed up at the next meeting.</p>"
                    ),
                },
            ],
        },
        "da": {
            "title": "Sara og Daniel: en henvisning fra jobcentret",
            "vignette": (
                "<p>Sara på 27 år modtager kontanthjælp og har en søn, Malthe, på 14 måneder. "
                "Hun bor sammen med Malthes far, Daniel på 30 år. I løbet af foråret lagde "
                "hendes sagsbehandler i jobcentret mærke til, at Daniel ringede til Sara igen og "
                "igen under deres møder, og at Sara stoppede i en praktik i et supermarked efter "
                "en uge. Da sagsbehandleren spurgte til det, mens Sara var alene, fortalte Sara, "
                "at Daniel ikke ville have, at hun arbejdede »sammen med alle de mænd«, og at "
                "han har hendes betalingskort, fordi hendes ydelse bliver udbetalt til en konto, "
                "som kun han kan bruge.</p>"
                "<p>Med Saras samtykke henviste sagsbehandleren hende til kommunens "
                "voksenområde, hvor en rådgiver, der er uddannet i risikovurdering, havde to "
                "samtaler med Sara. Sara beskrev et forhold, hvor Daniel bestemmer, hvad hun "
                "bruger penge på, hvem hun ser, og hvornår hun må gå ud af lejligheden. Han har "
                "en placeringsapp på hendes telefon, læser hendes beskeder og forventer, at hun "
                "sender et billede, der viser, hvor hun er, når hun er ude. Svarer hun ikke med "
                "det samme, ringer han 10-15 gange.</p>"
                "<p>Daniel har skubbet Sara op ad en dør eller en væg »et par gange«, senest for "
                "omkring en måned siden. Sara siger, at det er blevet »værre siden sommer«, men "
                "adspurgt kan hun ikke sige hvordan. Da hun bliver spurgt direkte, om han "
                "nogensinde har taget hende om halsen eller blokeret hendes vejrtrækning, svarer "
                "hun: »Nej, aldrig det.« En gang, da Sara sagde, at hun havde brug for lidt tid "
                "alene, sagde Daniel: »Hvis du nogensinde går, kommer du til at fortryde det.« "
                "Hun ved ikke, hvad han mente.</p>"
                "<p>Sara har i al hemmelighed set på lejligheder sammen med sin søster, men har "
                "ikke besluttet noget, og Daniel ved det ikke. Der er ingen uenighed mellem dem "
                "om Malthe, og Daniel beskrives som en omsorgsfuld far. Sara siger, at hun ikke "
                "er gravid.</p>"
                "<p>Adspurgt, om hun er bange, siger Sara: »Ikke for mit liv. Men jeg er bange "
                "for, hvad han gør, hvis han finder ud af, at jeg har kigget på lejligheder.« "
                "Politiet har aldrig været involveret, og der har ikke været sanktioner af nogen "
                "art.</p>"
                "<p>Rådgiverens anden samtale med Sara blev afbrudt, da Daniel ringede, og Sara "
                "måtte gå. Om Daniel har adgang til våben, og om han bruger alkohol eller "
                "stoffer, blev ikke drøftet, og intet om det fremgår af jobcentrets notater "
                "eller andre steder i materialet.</p>"
            ),
            "material": [
                {
                    "kind": "case_note",
                    "title": "Journalnotat fra jobcentret (uddrag)",
                    "text": (
                        "<p>Opfølgningsmøde med borgeren. Borgerens telefon ringede 11 gange "
                        "under det 40 minutter lange møde; displayet viste »Daniel«. Borgeren "
                        "virkede urolig og sagde, at hun var nødt til at tage den, »ellers bliver "
                        "han sur«.</p>"
                        "<p>Adspurgt, mens hun var alene, hvorfor praktikken stoppede: »Daniel "
                        "vil ikke have, at jeg arbejder sammen med alle de mænd.« Adspurgt om "
                        "penge til transport: »Han har mit kort. Ydelsen går ind på hans "
                        "konto.«</p>"
                        "<p>Min vurdering: tegn på økonomisk kontrol og overvågning. Orienterede "
                        "min leder samme dag. Med borgerens samtykke er der sendt en henvisning "
                        "til voksenområdet; vi aftalte, at jeg kun kontakter hende pr. telefon i "
                        "kontortiden og aldrig med brev.</p>"
                    ),
                },
                {
                    "kind": "interview_summary",
                    "title": "Voksenområdet, resumé af to samtaler (uddrag)",
                    "text": (
                        "<p>Fysisk vold: skubbet op ad en dør eller væg »et par gange«, senest "
                        "for ca. en måned siden. Siger, at det er blevet »værre siden sommer«; kan "
                        "ikke give eksempler. Spurgt direkte om tryk på halsen eller blokeret "
                        "vejrtrækning: »Nej, aldrig det.«</p>"
                        "<p>Trusler: »Hvis du nogensinde går, kommer du til at fortryde det,« "
                        "sagt, da hun bad om tid alene. Ingen andre trusler beskrevet. Brud: har "
                        "set på lejligheder med sin søster; intet besluttet; partneren ved det "
                        "ikke.</p>"
                        "<p>Frygt: »Ikke for mit liv. Men jeg er bange for, hvad han gør, hvis "
                        "han finder ud af, at jeg har kigget på lejligheder.«</p>"
                        "<p>Ikke drøftet: våben, alkohol og stoffer (den anden samtale sluttede "
                        "før tid). Følges op ved næste samtale.</p>"
                    ),
                },
            ],
        },
        "reference": {
            "items": {
                "D1": "P",
                "D2": "P",
                "D3": "N",
                "D4": "P",
                "D5": "Y",
                "D6": "O",
                "D7": "Y",
                "D8": "N",
                "D9": "N",
                "D10": "P",
                "D11": "O",
                "D12": "N",
            },
            "summary": {"risk": "moderate", "priority": "elevated"},
        },
        "rationale": {
            "en": {
                "D1": (
                    "Sara says the violence has “got worse since the summer” but cannot give "
                    "details, and the pushes she describes are of the same kind as before. A "
                    "reported worsening without detail is P."
                ),
                "D2": (
                    "“If you ever leave, you'll regret it” is an ambiguous threat: it does not "
                    "say what he will do. Rated P and taken seriously, because it is linked to "
                    "separation."
                ),
                "D3": (
                    "Sara was asked directly about pressure on the neck and blocked breathing "
                    "and said it has never happened. Because she was asked, N is correct rather "
                    "than Omit."
                ),
                "D4": (
                    "Sara has secretly looked at flats but has not decided, and Daniel does not "
                    "know. Considering leaving is P; this would become Y the moment a "
                    "separation is under way."
                ),
                "D5": (
                    "A location app, reading her messages, demands for photos of where she is "
                    "and 10-15 calls when she does not answer (11 calls in one meeting) form a "
                    "persistent pattern of monitoring."
                ),
                "D6": (
                    "Nobody has asked about weapons, and nothing in the material says anything "
                    "about them. Rating N would treat an unknown as absent; the item is omitted "
                    "and must be followed up, for example by asking the police."
                ),
                "D7": (
                    "Daniel controls her money, bank card, movements and contacts, stopped her "
                    "internship out of jealousy and demands proof of where she is: a clear "
                    "pattern of jealousy and coercive control."
                ),
                "D8": (
                    "No sanctions have ever been imposed and the police have not been involved, "
                    "so the item is N — noting that it tells us little in this case."
                ),
                "D9": (
                    "Malthe is 14 months old, which is over the one-year limit, and Sara says "
                    "she is not pregnant."
                ),
                "D10": (
                    "Sara is not afraid for her life but is afraid of his reaction if he learns "
                    "of her plans. Some fear, short of strong fear for her life or safety, is P."
                ),
                "D11": (
                    "Daniel's use of alcohol or drugs was not discussed, and the material "
                    "contains no information either way. The item is omitted and must be "
                    "covered at the next conversation."
                ),
                "D12": (
                    "The parents are still together and there is no disagreement about Malthe. "
                    "Rated N, but this should be reassessed if Sara leaves."
                ),
                "risk": (
                    "Moderate. There is a clear pattern of coercive control and monitoring, "
                    "physical violence and an ambiguous threat tied to leaving, but no "
                    "strangulation, no clear threat to kill and no confirmed escalation. If Sara "
                    "decides to leave, several factors combine and the risk may rise quickly."
                ),
                "priority": (
                    "Elevated. Nothing indicates that action is needed today, but within days "
                    "Sara needs a safety plan that covers a possible move, safe contact and "
                    "digital safety, and the two omitted items (weapons and substance use) must "
                    "be clarified, with reassessment as soon as anything changes."
                ),
            },
            "da": {
                "D1": (
                    "Sara siger, at volden er blevet »værre siden sommer«, men kan ikke give "
                    "detaljer, og de skub, hun beskriver, er af samme slags som før. En oplyst "
                    "forværring uden detaljer er P."
                ),
                "D2": (
                    "»Hvis du nogensinde går, kommer du til at fortryde det« er en tvetydig "
                    "trussel: Den siger ikke, hvad han vil gøre. Vurderet P og taget alvorligt, "
                    "fordi den er knyttet til et brud."
                ),
                "D3": (
                    "Sara blev spurgt direkte om tryk på halsen og blokeret vejrtrækning og "
                    "sagde, at det aldrig er sket. Fordi hun er blevet spurgt, er N rigtigt og "
                    "ikke Udelad."
                ),
                "D4": (
                    "Sara har i al hemmelighed set på lejligheder, men har ikke besluttet sig, og "
                    "Daniel ved det ikke. At overveje at gå er P; det bliver Y, så snart et brud "
                    "er i gang."
                ),
                "D5": (
                    "En placeringsapp, læsning af hendes beskeder, krav om billeder af, hvor hun "
                    "er, og 10-15 opkald, når hun ikke svarer (11 opkald under ét møde), udgør et "
                    "vedvarende mønster af overvågning."
                ),
                "D6": (
                    "Ingen har spurgt til våben, og intet i materialet siger noget om det. At "
                    "vurdere N ville behandle noget ukendt som fraværende; punktet udelades og "
                    "skal følges op, fx ved at spørge politiet."
                ),
                "D7": (
                    "Daniel styrer hendes penge, betalingskort, færden og kontakter, stoppede "
                    "hendes praktik af jalousi og kræver bevis for, hvor hun er: et tydeligt "
                    "mønster af jalousi og tvingende kontrol."
                ),
                "D8": (
                    "Der er aldrig pålagt sanktioner, og politiet har ikke været involveret, så "
                    "punktet er N — med den bemærkning, at det siger meget lidt i denne sag."
                ),
                "D9": (
                    "Malthe er 14 måneder og dermed over grænsen på et år, og Sara siger, at hun "
                    "ikke er gravid."
                ),
                "D10": (
                    "Sara er ikke bange for sit liv, men for hans reaktion, hvis han opdager "
                    "hendes planer. En vis frygt, men ikke stærk frygt for liv eller sikkerhed, "
                    "er P."
                ),
                "D11": (
                    "Daniels brug af alkohol eller stoffer blev ikke drøftet, og materialet "
                    "indeholder ingen oplysninger i nogen retning. Punktet udelades og skal "
                    "dækkes ved næste samtale."
                ),
                "D12": (
                    "Forældrene bor stadig sammen, og der er ingen uenighed om Malthe. Vurderet "
                    "N, men det skal revurderes, hvis Sara går."
                ),
                "risk": (
                    "Moderat. Der er et tydeligt mønster af tvingende kontrol og overvågning, "
                    "fysisk vold og en tvetydig trussel knyttet til et brud, men ingen kvælning, "
                    "ingen tydelig drabstrussel og ingen bekræftet eskalering. Beslutter Sara "
                    "sig for at gå, falder flere faktorer sammen, og risikoen kan stige hurtigt."
                ),
                "priority": (
                    "Forhøjet. Intet tyder på, at der skal handles i dag, men inden for få dage "
                    "skal Sara have en sikkerhedsplan, der dækker en mulig flytning, sikker "
                    "kontakt og digital sikkerhed, og de to udeladte punkter (våben og rusmidler) "
                    "skal afklares, med revurdering, så snart noget ændrer sig."
                ),
            },
        },
    },
    # ------------------------------------------------------------------------------------------
    # Case 3: school report of concern — low risk, routine
    # ------------------------------------------------------------------------------------------
    {
        "key": "case-3",
        "en": {
            "title": "Jonas's essay: a report of concern from school",
            "vignette": (
                "<p>Jonas, 10, is in fourth grade. In a Danish lesson the class wrote about “a "
                "memory I will never forget”. Jonas wrote about the evening when his dad threw a "
                "cup at the kitchen wall and his mum cried, adding: “That was when we all lived "
                "together.” His teacher talked to Jonas, wrote down his words and, after "
                "talking to the school's leadership, sent a report of concern to the "
                "municipality the next day.</p>"
                "<p>A caseworker in children and youth services who is trained in risk "
                "assessment talked to each parent separately and to Jonas. Jonas's parents, "
                "Line (40) and Martin (42), separated two and a half years ago. Jonas lives with "
                "his mother during the week and with his father every other weekend, under an "
                "agreement they made themselves. Handovers take place at school, so the parents "
                "rarely meet. They write to each other through a co-parenting app, briefly and "
                "politely, about practical matters concerning Jonas.</p>"
                "<p>Line describes the last year of the relationship as tense. Martin was "
                "stressed about his business and had outbursts: once he threw a cup at the wall "
                "and once he kicked a door so hard that it split. She says he “could be jealous "
                "and sometimes checked my phone”, but that he never controlled money or her "
                "contact with others, and never hit or threatened her. Asked directly, she says "
                "he has never grabbed her neck or blocked her breathing. There have been no "
                "incidents since the separation, and he has never contacted her uninvited or "
                "turned up at her home. Line has had a new partner for a year; Martin knows and, "
                "she says, “was fine about it”. She is not pregnant. Asked whether she is "
                "afraid of Martin, she says: “No. Not then, and not now.”</p>"
                "<p>Martin confirms the episodes with the cup and the door and says he is "
                "ashamed of them. He says he drinks “quite a lot at weekends” — eight or ten "
                "beers on a Saturday — but not when Jonas is with him. Line says the outbursts "
                "happened when he was stressed about work, not when he had been drinking, and "
                "that his drinking has never caused problems at work or with Jonas.</p>"
                "<p>The parents disagree about the summer holiday: Martin would like three weeks "
                "with Jonas, Line thinks two is enough. They are discussing it through the app, "
                "no case has been opened, and neither describes threats.</p>"
                "<p>The police have never been called to the family, and no sanctions have ever "
                "been imposed. A police check shows no registered weapons, and both parents say "
                "there have never been weapons in either home. Jonas says he likes being in both "
                "homes and is not worried about the handovers.</p>"
            ),
            "material": [
                {
                    "kind": "school_report",
                    "title": "Report of concern from the school (excerpt)",
                    "text": (
                        "<p>In a Danish lesson on 3 October the pupils wrote about “a memory I "
                        "will never forget”. Jonas (10) wrote: “When Dad threw a cup at the wall "
                        "in the kitchen and Mum cried. That was when we all lived together.”</p>"
                        "<p>The next morning I asked Jonas, on his own, whether he would like to "
                        "tell me about the story. He said: “It was a long time ago. Dad doesn't "
                        "do that any more.” Asked how things are now: “Good. I'm at Dad's every "
                        "other weekend.” Jonas has good attendance, no change in behaviour, and "
                        "does well socially.</p>"
                        "<p>The school reports because the pupil describes violence in the home "
                        "in the past. We have no other concerns. The parents have not been told "
                        "about this report, because the report concerns one of them.</p>"
                    ),
                },
                {
                    "kind": "interview_summary",
                    "title": "Children and youth services, summary of conversations (excerpt)",
                    "text": (
                        "<p>Mother (alone): confirms the two episodes during the last year of "
                        "the relationship. “He was jealous sometimes and looked at my phone, but "
                        "he never told me what to do.” No threats, no physical violence, no "
                        "pressure on the neck. No contact outside the app since the separation. "
                        "Not afraid: “No. Not then, and not now.”</p>"
                        "<p>Father (alone): confirms the episodes, expresses regret. Drinking: "
                        "“quite a lot at weekends”, 8-10 beers on Saturdays, never when Jonas is "
                        "with him. Would like three weeks with Jonas in the summer; “we'll work "
                        "it out”.</p>"
                        "<p>Jonas (alone): happy in both homes, no worries about the handovers. "
                        "Police check: no call-outs, no registered weapons.</p>"
                    ),
                },
            ],
        },
        "da": {
            "title": "Jonas' stil: en underretning fra skolen",
            "vignette": (
                "<p>Jonas på 10 år går i 4. klasse. I en dansktime skrev klassen om »et minde, "
                "jeg aldrig glemmer«. Jonas skrev om den aften, hvor hans far kastede en kop ind "
                "i køkkenvæggen, og hans mor græd, og tilføjede: »Det var dengang, vi alle "
                "sammen boede sammen.« Hans lærer talte med Jonas, skrev hans ord ned og sendte, "
                "efter at have talt med skolens ledelse, en underretning til kommunen dagen "
                "efter.</p>"
                "<p>En sagsbehandler i børne- og ungeområdet, der er uddannet i "
                "risikovurdering, talte med hver af forældrene for sig og med Jonas. Jonas' "
                "forældre, Line (40) og Martin (42), gik fra hinanden for to et halvt år siden. "
                "Jonas bor hos sin mor i hverdagene og hos sin far hver anden weekend efter en "
                "aftale, de selv har lavet. Overleveringerne sker på skolen, så forældrene ses "
                "sjældent. De skriver sammen via en samarbejdsapp, kort og høfligt, om praktiske "
                "ting vedrørende Jonas.</p>"
                "<p>Line beskriver det sidste år af forholdet som anspændt. Martin var stresset "
                "over sin virksomhed og havde udbrud: En gang kastede han en kop ind i væggen, "
                "og en gang sparkede han så hårdt til en dør, at den flækkede. Hun siger, at "
                "han »kunne være jaloux og nogle gange tjekkede min telefon«, men at han aldrig "
                "kontrollerede pengene eller hendes kontakt med andre og aldrig slog eller "
                "truede hende. Adspurgt direkte siger hun, at han aldrig har taget hende om "
                "halsen eller blokeret hendes vejrtrækning. Der har ikke været episoder siden "
                "bruddet, og han har aldrig kontaktet hende uopfordret eller dukket op, hvor hun "
                "bor. Line har haft en ny kæreste i et år; Martin ved det og har ifølge hende "
                "»taget det fint«. Hun er ikke gravid. Adspurgt, om hun er bange for Martin, "
                "siger hun: »Nej. Hverken dengang eller nu.«</p>"
                "<p>Martin bekræfter episoderne med koppen og døren og siger, at han skammer sig "
                "over dem. Han fortæller, at han drikker »en del i weekenderne« — otte-ti øl en "
                "lørdag — men ikke når Jonas er hos ham. Line siger, at udbruddene skete, når han "
                "var stresset over arbejdet, ikke når han havde drukket, og at hans drikkeri "
                "aldrig har givet problemer på arbejdet eller med Jonas.</p>"
                "<p>Forældrene er uenige om sommerferien: Martin vil gerne have Jonas i tre "
                "uger, Line synes, at to er nok. De drøfter det via appen, der er ikke startet "
                "nogen sag, og ingen af dem beskriver trusler.</p>"
                "<p>Politiet har aldrig været tilkaldt til familien, og der har aldrig været "
                "pålagt sanktioner. Et opslag hos politiet viser ingen registrerede våben, og "
                "begge forældre siger, at der aldrig har været våben i nogen af hjemmene. Jonas "
                "fortæller, at han kan lide at være i begge hjem og ikke er bekymret for "
                "overleveringerne.</p>"
            ),
            "material": [
                {
                    "kind": "school_report",
                    "title": "Underretning fra skolen (uddrag)",
                    "text": (
                        "<p>I en dansktime den 3. oktober skrev eleverne om »et minde, jeg aldrig "
                        "glemmer«. Jonas (10 år) skrev: »Da far kastede en kop ind i væggen i "
                        "køkkenet, og mor græd. Det var dengang, vi alle sammen boede "
                        "sammen.«</p>"
                        "<p>Næste morgen spurgte jeg Jonas, da han var alene, om han havde lyst "
                        "til at fortælle om historien. Han sagde: »Det er lang tid siden. Far "
                        "gør ikke sådan mere.« Adspurgt, hvordan det går nu: »Godt. Jeg er hos "
                        "far hver anden weekend.« Jonas har stabilt fremmøde, ingen ændret "
                        "adfærd og trives socialt.</p>"
                        "<p>Skolen underretter, fordi eleven beskriver vold i hjemmet tidligere. "
                        "Vi har ingen andre bekymringer. Forældrene er ikke orienteret om "
                        "underretningen, fordi den vedrører den ene af dem.</p>"
                    ),
                },
                {
                    "kind": "interview_summary",
                    "title": "Børne- og ungeområdet, resumé af samtaler (uddrag)",
                    "text": (
                        "<p>Mor (alene): bekræfter de to episoder i forholdets sidste år. »Han "
                        "var jaloux nogle gange og kiggede på min telefon, men han bestemte "
                        "aldrig over mig.« Ingen trusler, ingen fysisk vold, intet tryk på "
                        "halsen. Ingen kontakt uden for appen siden bruddet. Ikke bange: »Nej. "
                        "Hverken dengang eller nu.«</p>"
                        "<p>Far (alene): bekræfter episoderne, udtrykker fortrydelse. Alkohol: "
                        "»en del i weekenderne«, 8-10 øl om lørdagen, aldrig når Jonas er hos "
                        "ham. Vil gerne have Jonas i tre uger i sommerferien; »det finder vi ud "
                        "af«.</p>"
                        "<p>Jonas (alene): glad for begge hjem, ingen bekymringer om "
                        "overleveringerne. Opslag hos politiet: ingen udrykninger, ingen "
                        "registrerede våben.</p>"
                    ),
                },
            ],
        },
        "reference": {
            "items": {
                "D1": "N",
                "D2": "N",
                "D3": "N",
                "D4": "N",
                "D5": "N",
                "D6": "N",
                "D7": "P",
                "D8": "N",
                "D9": "N",
                "D10": "N",
                "D11": "P",
                "D12": "P",
            },
            "summary": {"risk": "low", "priority": "routine"},
        },
        "rationale": {
            "en": {
                "D1": (
                    "The two episodes of material violence happened more than two and a half "
                    "years ago, and there have been no incidents since the separation. The "
                    "violence has stopped, not escalated."
                ),
                "D2": (
                    "Line was asked and says Martin never threatened her, and nothing in the "
                    "material suggests threats, so the item is N."
                ),
                "D3": (
                    "Line was asked directly and says he has never grabbed her neck or blocked "
                    "her breathing."
                ),
                "D4": (
                    "The separation was two and a half years ago and is settled; it is neither "
                    "recent nor pending."
                ),
                "D5": (
                    "Contact is limited to brief, practical messages in the co-parenting app "
                    "about Jonas, and Line says he has never contacted her uninvited or turned up "
                    "at her home."
                ),
                "D6": (
                    "This has been checked: the police found no registered weapons, and both "
                    "parents say there have never been weapons in either home. Checked absence "
                    "is N, not Omit."
                ),
                "D7": (
                    "During the relationship Martin was sometimes jealous and checked her phone, "
                    "but he did not control money, movements or contacts. Some jealousy without "
                    "a clear pattern of control is P."
                ),
                "D8": (
                    "No sanctions have ever been imposed; N, noting that the item tells us little."
                ),
                "D9": "Line is not pregnant and Jonas is ten.",
                "D10": (
                    "Line says clearly that she is not afraid of Martin, and this fits the rest "
                    "of the information."
                ),
                "D11": (
                    "Martin himself reports heavy drinking at weekends, but there is no link to "
                    "the past episodes and no problems at work or with Jonas. Heavy use without "
                    "clear problems is P."
                ),
                "D12": (
                    "The parents disagree about the summer holiday, but there is no case and no "
                    "threats, and they are discussing it calmly. Disagreement without a case or "
                    "threats is P."
                ),
                "risk": (
                    "Low. The only violence was two episodes of material violence more than two "
                    "and a half years ago; since the separation there has been no violence, no "
                    "threats, no unwanted contact and no fear. The factors rated P are mild and "
                    "do not combine into a risk of serious violence."
                ),
                "priority": (
                    "Routine. Ordinary casework is enough: respond to the school's report, "
                    "consider whether Jonas or the family would benefit from a conversation "
                    "offer, and agree a planned reassessment — sooner if the holiday "
                    "disagreement escalates or anything else changes."
                ),
            },
            "da": {
                "D1": (
                    "De to episoder med materiel vold skete for mere end to et halvt år siden, og "
                    "der har ikke været episoder siden bruddet. Volden er ophørt, ikke eskaleret."
                ),
                "D2": (
                    "Line er blevet spurgt og siger, at Martin aldrig har truet hende, og intet i "
                    "materialet tyder på trusler, så punktet er N."
                ),
                "D3": (
                    "Line er blevet spurgt direkte og siger, at han aldrig har taget hende om "
                    "halsen eller blokeret hendes vejrtrækning."
                ),
                "D4": (
                    "Bruddet skete for to et halvt år siden og er på plads; det er hverken nyligt "
                    "eller forestående."
                ),
                "D5": (
                    "Kontakten er begrænset til korte, praktiske beskeder i samarbejdsappen om "
                    "Jonas, og Line siger, at han aldrig har kontaktet hende uopfordret eller "
                    "dukket op, hvor hun bor."
                ),
                "D6": (
                    "Det er undersøgt: Politiet fandt ingen registrerede våben, og begge "
                    "forældre siger, at der aldrig har været våben i nogen af hjemmene. "
                    "Undersøgt fravær er N, ikke Udelad."
                ),
                "D7": (
                    "Under forholdet var Martin til tider jaloux og tjekkede hendes telefon, men "
                    "han kontrollerede ikke penge, færden eller kontakter. En vis jalousi uden et "
                    "tydeligt kontrolmønster er P."
                ),
                "D8": (
                    "Der har aldrig været pålagt sanktioner; N med den bemærkning, at punktet "
                    "siger meget lidt."
                ),
                "D9": "Line er ikke gravid, og Jonas er ti år.",
                "D10": (
                    "Line siger tydeligt, at hun ikke er bange for Martin, og det passer med "
                    "resten af oplysningerne."
                ),
                "D11": (
                    "Martin fortæller selv om et stort forbrug i weekenderne, men der er ingen "
                    "sammenhæng med de tidligere episoder og ingen problemer på arbejdet eller "
                    "med Jonas. Stort forbrug uden tydelige problemer er P."
                ),
                "D12": (
                    "Forældrene er uenige om sommerferien, men der er ingen sag og ingen "
                    "trusler, og de drøfter det i ro. Uenighed uden sag eller trusler er P."
                ),
                "risk": (
                    "Lav. Den eneste vold var to episoder med materiel vold for mere end to et "
                    "halvt år siden; siden bruddet har der ikke været vold, trusler, uønsket "
                    "kontakt eller frygt. De punkter, der er vurderet P, er milde og danner ikke "
                    "tilsammen en risiko for alvorlig vold."
                ),
                "priority": (
                    "Rutine. Almindelig sagsbehandling er nok: Svar på skolens underretning, "
                    "overvej, om Jonas eller familien kan have gavn af et samtaletilbud, og aftal "
                    "en planlagt revurdering — tidligere, hvis uenigheden om ferien spidser til, "
                    "eller noget andet ændrer sig."
                ),
            },
        },
    },
    # ------------------------------------------------------------------------------------------
    # Case 4: Family Court House — high risk, elevated (under close protection)
    # ------------------------------------------------------------------------------------------
    {
        "key": "case-4",
        "en": {
            "title": "Emilie and Mikkel: a contact application from custody",
            "vignette": (
                "<p>Emilie, 29, and Mikkel, 33, lived together for six years and have a "
                "daughter, Alma, who is 3. Emilie ended the relationship five months ago and "
                "moved out with Alma. Mikkel has now applied to the Family Court House for "
                "contact with Alma. A caseworker at the Family Court House who is trained in "
                "risk assessment reviews the case before deciding how it should be handled.</p>"
                "<p>According to Emilie, Mikkel controlled her throughout the relationship: he "
                "managed her salary, read her messages, accused her of affairs with colleagues "
                "and stopped her from seeing her friends. He pushed her now and then. About a "
                "year ago, during an argument, he pressed his forearm across her throat until "
                "she could not breathe; she told her GP about it a few days later, and the GP "
                "recorded it.</p>"
                "<p>Since the separation Mikkel has sent her 30 to 60 messages a day and has "
                "waited outside her workplace and her new flat. Three months ago, at a handover "
                "of Alma, he shoved her to the ground, and shortly afterwards the police issued "
                "a restraining order. Mikkel then phoned her and turned up at her door, and six "
                "weeks ago he waited for her in the car park at her workplace and punched her in "
                "the face. "
                "He was arrested and has since been remanded in custody, charged with assault "
                "and three breaches of the restraining order. The custody will be reviewed in "
                "three weeks, and he may be released then.</p>"
                "<p>Emilie has a new partner and is four months pregnant. Her sister has told "
                "Emilie that, before his arrest, Mikkel said to her on the phone that Emilie "
                "“won't live to see that baby born”. The sister has not given a statement to the "
                "police, and Mikkel denies saying it. In his application Mikkel writes that "
                "Emilie is “keeping Alma from him”, and before the arrest he threatened to take "
                "Alma to his parents in Jutland so that Emilie would “never see her again”.</p>"
                "<p>Emilie and Alma now live at a women's shelter with a protected address. The "
                "police have given Emilie a personal alarm and have a plan for her protection. "
                "Emilie says: “I'm terrified of what he'll do when he gets out.”</p>"
                "<p>A police check shows no registered weapons, and nothing was found when "
                "Mikkel's flat was searched; Emilie says he has never had weapons. She says he "
                "rarely drinks and does not use drugs, and the police reports do not mention "
                "intoxication at any of the incidents.</p>"
            ),
            "material": [
                {
                    "kind": "case_note",
                    "title": "Family Court House case note (excerpt)",
                    "text": (
                        "<p>Application for contact received from the father's lawyer. The "
                        "father is remanded in custody. The mother and child live at a shelter "
                        "with a protected address; the address must not appear in any document "
                        "sent to the father or his lawyer.</p>"
                        "<p>Telephone conversation with the mother (alone): describes control "
                        "during the relationship, pressure on the throat about a year ago, and "
                        "stalking and assaults after the separation. Says: “I'm terrified of "
                        "what he'll do when he gets out.” She is four months pregnant.</p>"
                        "<p>Agreed: no joint meetings. The child's perspective to be heard by a "
                        "child expert. Police asked for information about the custody review and "
                        "the plan for protection.</p>"
                    ),
                },
                {
                    "kind": "police_report",
                    "title": "Police information to the Family Court House (excerpt)",
                    "text": (
                        "<p>Restraining order issued ten weeks ago, after an assault at a "
                        "handover of the child. Three breaches reported and "
                        "confirmed: telephone calls, an appearance at the woman's door, and an "
                        "assault in a workplace car park six weeks ago (blow to the face). The "
                        "man was arrested the same day and is remanded in custody, charged with "
                        "assault and breaches of the restraining order. Custody to be reviewed "
                        "in three weeks.</p>"
                        "<p>Weapons: no registered weapons; none found at the search of the "
                        "man's flat. No sign of intoxication noted at any of the incidents.</p>"
                        "<p>The woman has been given a personal alarm. The police will inform "
                        "her before any release.</p>"
                    ),
                },
                {
                    "kind": "interview_summary",
                    "title": "Shelter counsellor's note (excerpt)",
                    "text": (
                        "<p>Emilie says her sister told her that Mikkel said on the phone: “She "
                        "won't live to see that baby born.” The sister does not want to contact "
                        "the police “because of the family”. Emilie has not heard the threat "
                        "herself.</p>"
                        "<p>About the handover three months ago: “He shoved me to the ground in "
                        "front of Alma and shouted that he'd take her to his parents and I'd "
                        "never see her again.”</p>"
                    ),
                },
            ],
        },
        "da": {
            "title": "Emilie og Mikkel: en ansøgning om samvær fra varetægt",
            "vignette": (
                "<p>Emilie på 29 og Mikkel på 33 år boede sammen i seks år og har en datter, "
                "Alma, på 3 år. Emilie afsluttede forholdet for fem måneder siden og flyttede ud "
                "med Alma. Mikkel har nu søgt Familieretshuset om samvær med Alma. En "
                "sagsbehandler i Familieretshuset, der er uddannet i risikovurdering, "
                "gennemgår sagen, før det besluttes, hvordan den skal behandles.</p>"
                "<p>Ifølge Emilie kontrollerede Mikkel hende gennem hele forholdet: Han styrede "
                "hendes løn, læste hendes beskeder, beskyldte hende for at have forhold til "
                "kolleger og forhindrede hende i at se sine veninder. Han skubbede hende en gang "
                "imellem. For omkring et år siden pressede han under et skænderi sin underarm "
                "mod hendes hals, til hun ikke kunne få luft; hun fortalte det til sin læge "
                "nogle dage senere, og lægen noterede det i journalen.</p>"
                "<p>Siden bruddet har Mikkel sendt hende 30-60 beskeder om dagen og har ventet "
                "uden for hendes arbejdsplads og hendes nye lejlighed. For tre måneder siden "
                "skubbede han hende omkuld ved en overlevering af Alma, og kort efter gav "
                "politiet ham et tilhold. Derefter ringede Mikkel til hende og dukkede op ved "
                "hendes dør, og for seks uger siden ventede han på hende på parkeringspladsen "
                "ved hendes arbejde og slog hende i ansigtet med knyttet hånd. Han blev anholdt og "
                "har siden siddet varetægtsfængslet, sigtet for vold og tre overtrædelser af "
                "tilholdet. Varetægtsfængslingen skal prøves igen om tre uger, og han kan blive "
                "løsladt til den tid.</p>"
                "<p>Emilie har en ny kæreste og er gravid i fjerde måned. Hendes søster har "
                "fortalt Emilie, at Mikkel før anholdelsen sagde til søsteren i telefonen, at "
                "Emilie »ikke kommer til at opleve, at den unge bliver født«. Søsteren har ikke "
                "afgivet forklaring til politiet, og Mikkel afviser at have sagt det. I sin "
                "ansøgning skriver Mikkel, at Emilie »holder Alma væk fra ham«, og før "
                "anholdelsen truede han med at tage Alma med til sine forældre i Jylland, så "
                "Emilie »aldrig skulle se hende igen«.</p>"
                "<p>Emilie og Alma bor nu på et kvindekrisecenter med beskyttet adresse. "
                "Politiet har givet Emilie en personlig alarm og har en plan for hendes "
                "beskyttelse. Emilie siger: »Jeg er skrækslagen for, hvad han gør, når han "
                "kommer ud.«</p>"
                "<p>Et opslag hos politiet viser ingen registrerede våben, og der blev ikke "
                "fundet noget ved ransagningen af Mikkels lejlighed; Emilie siger, at han "
                "aldrig har haft våben. Hun fortæller, at han sjældent drikker og ikke tager "
                "stoffer, og politirapporterne nævner ikke beruselse ved nogen af "
                "episoderne.</p>"
            ),
            "material": [
                {
                    "kind": "case_note",
                    "title": "Journalnotat fra Familieretshuset (uddrag)",
                    "text": (
                        "<p>Ansøgning om samvær modtaget fra farens advokat. Faren er "
                        "varetægtsfængslet. Mor og barn bor på krisecenter med beskyttet "
                        "adresse; adressen må ikke fremgå af dokumenter, der sendes til faren "
                        "eller hans advokat.</p>"
                        "<p>Telefonsamtale med moren (alene): beskriver kontrol under forholdet, "
                        "tryk på halsen for ca. et år siden samt stalking og vold efter bruddet. "
                        "Siger: »Jeg er skrækslagen for, hvad han gør, når han kommer ud.« Hun er "
                        "gravid i fjerde måned.</p>"
                        "<p>Aftalt: ingen fælles møder. Barnets perspektiv skal belyses af en "
                        "børnesagkyndig. Politiet er anmodet om oplysninger om prøvelsen af "
                        "varetægtsfængslingen og planen for beskyttelse.</p>"
                    ),
                },
                {
                    "kind": "police_report",
                    "title": "Politiets oplysninger til Familieretshuset (uddrag)",
                    "text": (
                        "<p>Tilhold udstedt for ti uger siden efter vold ved en overlevering af "
                        "barnet. Tre overtrædelser anmeldt og "
                        "bekræftet: telefonopkald, fremmøde ved kvindens dør og vold på en "
                        "parkeringsplads ved hendes arbejde for seks uger siden (slag i "
                        "ansigtet). Manden blev anholdt samme dag og er varetægtsfængslet, "
                        "sigtet for vold og overtrædelse af tilholdet. Varetægtsfængslingen "
                        "prøves igen om tre uger.</p>"
                        "<p>Våben: ingen registrerede våben; intet fundet ved ransagning af "
                        "mandens lejlighed. Der er ikke noteret tegn på beruselse ved nogen af "
                        "episoderne.</p>"
                        "<p>Kvinden har fået en personlig alarm. Politiet orienterer hende før "
                        "en eventuel løsladelse.</p>"
                    ),
                },
                {
                    "kind": "interview_summary",
                    "title": "Notat fra krisecentrets rådgiver (uddrag)",
                    "text": (
                        "<p>Emilie fortæller, at hendes søster har sagt, at Mikkel sagde i "
                        "telefonen: »Hun kommer ikke til at opleve, at den unge bliver født.« "
                        "Søsteren vil ikke kontakte politiet »på grund af familien«. Emilie har "
                        "ikke selv hørt truslen.</p>"
                        "<p>Om overleveringen for tre måneder siden: »Han skubbede mig omkuld "
                        "foran "
                        "Alma og råbte, at han ville tage hende med til sine forældre, og at jeg "
                        "aldrig skulle se hende igen.«</p>"
                    ),
                },
            ],
        },
        "reference": {
            "items": {
                "D1": "Y",
                "D2": "P",
                "D3": "Y",
                "D4": "Y",
                "D5": "Y",
                "D6": "N",
                "D7": "Y",
                "D8": "Y",
                "D9": "Y",
                "D10": "Y",
                "D11": "N",
                "D12": "Y",
            },
            "summary": {"risk": "high", "priority": "elevated"},
        },
        "rationale": {
            "en": {
                "D1": (
                    "During the relationship there were occasional pushes; since the separation "
                    "there have been two assaults within about six weeks (a shove to the ground "
                    "and a punch to the face) on top of escalating stalking and breaches. That "
                    "is a clear recent increase in frequency and severity."
                ),
                "D2": (
                    "The threat to kill reaches us second-hand: the sister has not confirmed it "
                    "to the police, Emilie did not hear it herself, and Mikkel denies it. By the "
                    "guidance an unconfirmed second-hand threat is P — and the sister's account "
                    "should be obtained, since it would make the item Y."
                ),
                "D3": (
                    "Emilie describes his forearm across her throat until she could not breathe, "
                    "and her GP recorded it at the time. The item covers the whole "
                    "relationship, so an incident a year ago is Y."
                ),
                "D4": (
                    "Emilie left five months ago, within the recent period, and the separation "
                    "is still being contested through the contact case and the stalking."
                ),
                "D5": (
                    "Thirty to sixty messages a day, waiting outside her workplace and home, and "
                    "turning up at her door despite a restraining order form a persistent "
                    "pattern."
                ),
                "D6": (
                    "Access has been checked: no registered weapons, nothing found at the "
                    "search, and Emilie says he has never had weapons. Checked absence is N."
                ),
                "D7": (
                    "Control of her salary and messages, accusations of affairs and isolation "
                    "from friends make a clear pattern of jealousy and coercive control."
                ),
                "D8": (
                    "The police confirm three breaches of the restraining order, including an "
                    "assault. Confirmed breaches are Y."
                ),
                "D9": "Emilie is four months pregnant, confirmed in the Family Court House note.",
                "D10": (
                    "“I'm terrified of what he'll do when he gets out” is strong fear for her "
                    "safety."
                ),
                "D11": (
                    "Emilie says he rarely drinks and does not use drugs, and the police noted no "
                    "intoxication at any incident. There is information showing no problematic "
                    "use, so N."
                ),
                "D12": (
                    "A contact case is pending, he assaulted her at a handover, and he has "
                    "threatened to take Alma away so that Emilie would never see her again: an "
                    "active dispute with conflict and threats."
                ),
                "risk": (
                    "High. Earlier strangulation, a recent separation, persistent stalking, "
                    "confirmed breaches of a restraining order, escalating assaults, a new "
                    "pregnancy by a new partner and a pending contact case form a combination "
                    "that indicates serious violence is likely, possibly soon after his release."
                ),
                "priority": (
                    "Elevated rather than urgent. The risk is high, but it is currently "
                    "contained: Mikkel is remanded in custody, Emilie lives at a shelter with a "
                    "protected address, has a police alarm and will be told before any release. "
                    "Action is needed within days: coordinate with the police before the custody "
                    "review, plan for a possible release, handle the contact case without joint "
                    "meetings or disclosure of the address, and reassess at once if he is "
                    "released — at which point the priority becomes urgent."
                ),
            },
            "da": {
                "D1": (
                    "Under forholdet var der enkelte skub; siden bruddet har der været to "
                    "voldsepisoder inden for omkring seks uger (et skub omkuld og et "
                    "knytnæveslag i ansigtet) oven i tiltagende stalking og overtrædelser. Det "
                    "er en tydelig, nylig stigning i hyppighed og grovhed."
                ),
                "D2": (
                    "Drabstruslen kommer til os gennem andre: Søsteren har ikke bekræftet den "
                    "over for politiet, Emilie hørte den ikke selv, og Mikkel afviser den. Efter "
                    "vejledningen er en ubekræftet trussel fortalt af andre P — og søsterens "
                    "forklaring bør indhentes, da den ville gøre punktet til Y."
                ),
                "D3": (
                    "Emilie beskriver hans underarm mod hendes hals, til hun ikke kunne få luft, "
                    "og hendes læge noterede det dengang. Punktet omfatter hele forholdet, så en "
                    "episode for et år siden er Y."
                ),
                "D4": (
                    "Emilie gik for fem måneder siden, altså inden for den seneste periode, og "
                    "bruddet bliver stadig anfægtet gennem samværssagen og stalkingen."
                ),
                "D5": (
                    "30-60 beskeder om dagen, at vente uden for hendes arbejdsplads og hjem og at "
                    "dukke op ved hendes dør trods et tilhold udgør et vedvarende mønster."
                ),
                "D6": (
                    "Adgangen er undersøgt: ingen registrerede våben, intet fundet ved "
                    "ransagningen, og Emilie siger, at han aldrig har haft våben. Undersøgt "
                    "fravær er N."
                ),
                "D7": (
                    "Kontrol med hendes løn og beskeder, beskyldninger om utroskab og isolation "
                    "fra veninder udgør et tydeligt mønster af jalousi og tvingende kontrol."
                ),
                "D8": (
                    "Politiet bekræfter tre overtrædelser af tilholdet, herunder vold. "
                    "Bekræftede overtrædelser er Y."
                ),
                "D9": "Emilie er gravid i fjerde måned, bekræftet i Familieretshusets notat.",
                "D10": (
                    "»Jeg er skrækslagen for, hvad han gør, når han kommer ud« er stærk frygt "
                    "for hendes sikkerhed."
                ),
                "D11": (
                    "Emilie siger, at han sjældent drikker og ikke tager stoffer, og politiet "
                    "har ikke noteret beruselse ved nogen episode. Der er oplysninger, der viser, "
                    "at der ikke er et problematisk forbrug, så N."
                ),
                "D12": (
                    "En samværssag verserer, han udøvede vold ved en overlevering, og han har "
                    "truet med at tage Alma, så Emilie aldrig skulle se hende igen: en aktiv "
                    "konflikt med skænderier og trusler."
                ),
                "risk": (
                    "Høj. Tidligere kvælning, et nyligt brud, vedvarende stalking, bekræftede "
                    "overtrædelser af et tilhold, tiltagende vold, en ny graviditet med en ny "
                    "partner og en verserende samværssag udgør en kombination, der tyder på, at "
                    "alvorlig vold er sandsynlig, måske kort efter hans løsladelse."
                ),
                "priority": (
                    "Forhøjet snarere end akut. Risikoen er høj, men den er lige nu under "
                    "kontrol: Mikkel er varetægtsfængslet, Emilie bor på krisecenter med "
                    "beskyttet adresse, har en alarm fra politiet og får besked før en eventuel "
                    "løsladelse. Der skal handles inden for få dage: koordinering med politiet "
                    "før prøvelsen af varetægtsfængslingen, en plan for en mulig løsladelse, "
                    "behandling af samværssagen uden fælles møder eller videregivelse af "
                    "adressen og straks revurdering, hvis han løslades — og så bliver "
                    "prioriteten akut."
                ),
            },
        },
    },
]
