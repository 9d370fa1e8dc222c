"""Sentence -> expected event table for the coder (our own sentences, dated 2014-03-10).

Each case: (sentence, source code, target code or None, CAMEO code, modality). A case expecting
no event at all has ``None`` for the source.  Codes compare by prefix on actors ("BLR" matches
"BLRGOV") and exactly on CAMEO.
"""

CASES = [
    # 01 statements
    ("Belarus said it would not recognise the referendum.", "BLR", None, "010", "asserted"),
    ("Moscow acknowledged responsibility for the border incident.", "RUSGOV", None, "015", "asserted"),
    ("The Kremlin denied any involvement in the protests.", "RUSGOV", None, "016", "asserted"),
    ("Poland expressed concern about the Russian troop build-up.", "POL", "RUS", "111", "asserted"),
    ("Germany expressed optimism about the talks with Moscow.", "DEU", None, "013", "asserted"),
    # 02 appeals
    ("Poland urged Belarus to release the journalists.", "POL", "BLR", "025", "asserted"),
    ("The EU called on Russia to withdraw its troops from Crimea.", "EU", "RUS", "025", "asserted"),
    ("Ukraine asked the European Union for financial aid.", "UKR", "EU", "023", "asserted"),
    ("Lukashenka invited Nazarbayev to visit Minsk.", "BLRGOV", "KAZGOV", "026", "asserted"),
    ("Kazakhstan urged Russia and Ukraine to hold talks.", "KAZ", "RUS", "026", "asserted"),
    # 03 intent
    ("Minsk offered to mediate between Russia and Ukraine.", "BLRGOV", "RUS", "039", "asserted"),
    ("Belarus and Russia agreed to expand military cooperation.", "BLR", "RUS", "031", "asserted"),
    ("China promised to provide Belarus with new loans.", "CHN", "BLR", "033", "asserted"),
    ("Lithuania agreed to meet Belarusian officials in Vilnius.", "LTU", "BLRGOV", "036", "asserted"),
    ("Turkey offered humanitarian aid to Syria.", "TUR", "SYR", "033", "asserted"),
    # 04 consult
    ("Makei met with Lavrov in Moscow.", "BLRGOV", "RUSGOV", "040", "asserted"),
    # "A met B" is A's act (news readers code it A -> B); "A and B met" both's
    ("Lukashenka and Nazarbayev met in Astana.", "KAZGOV", "BLRGOV", "040", "asserted"),
    ("Lukashenka and Nazarbayev met in Astana.", "BLRGOV", "KAZGOV", "040", "asserted"),
    ("Lukashenka and Nazarbayev met in Astana.", "KAZGOV", "BLRGOV", "040", "asserted"),
    ("Putin visited Minsk on Thursday.", "RUSGOV", "BLRGOV", "042", "asserted"),
    ("Lukashenka hosted the Chinese president in Minsk.", "BLRGOV", "CHNGOV", "043", "asserted"),
    ("Belarus held talks with the European Union.", "BLR", "EU", "046", "asserted"),
    # a talk with a named other party is coded from the subject only; parties named together both ways
    ("Belarus and the European Union held talks in Brussels.", "EU", "BLR", "046", "asserted"),
    ("Makei paid a visit to Lithuania.", "BLRGOV", "LTU", "042", "asserted"),
    ("The Ukrainian Prime Minister arrived in Minsk.", "UKRGOV", "BLRGOV", "042", "asserted"),
    ("Makei telephoned his Russian counterpart.", "BLRGOV", "RUSGOV", "041", "asserted"),
    ("Lukashenka's visit to Moscow lasted two days.", "BLRGOV", "RUSGOV", "042", "asserted"),
    # 05 diplomatic cooperation
    ("Nazarbayev praised Belarus for its neutrality.", "KAZGOV", "BLR", "051", "asserted"),
    ("The Kazakh president thanked Lukashenka for the invitation.", "KAZGOV", "BLRGOV", "051", "asserted"),
    ("Belarus recognised the new Ukrainian government.", "BLR", "UKRGOV", "054", "asserted"),
    ("Belarus and Russia signed an agreement on gas supplies.", "BLR", "RUS", "057", "asserted"),
    ("Belarus and Russia signed an agreement on gas supplies.", "RUS", "BLR", "057", "asserted"),
    ("Makei signed a treaty with Lavrov on October 27.", "BLRGOV", "RUSGOV", "057", "asserted"),
    ("Turkey apologised to Russia for the incident.", "TUR", "RUS", "055", "asserted"),
    ("Minsk defended Moscow against the accusations.", "BLRGOV", "RUSGOV", "052", "asserted"),
    # 06 material cooperation
    ("Belarus cooperates with Russia on energy.", "BLR", "RUS", "060", "asserted"),
    ("Lithuania shared intelligence with Poland.", "LTU", "POL", "064", "asserted"),
    ("Belarus extradited the suspect to Russia.", "BLR", "RUS", "063", "asserted"),
    # 07 aid
    ("Russia provided Belarus with a large loan.", "RUS", "BLR", "071", "asserted"),
    ("China gave Belarus humanitarian aid.", "CHN", "BLR", "070", "asserted"),
    ("Poland granted asylum to the Belarusian opposition leader.", "POL", "BLR", "075", "asserted"),
    ("Germany sent food to Ukraine.", "DEU", "UKR", "073", "asserted"),
    # 08 yield
    ("Belarus released two Lithuanian prisoners.", "BLR", "LTU", "0841", "asserted"),
    ("The EU lifted sanctions on Belarus.", "EU", "BLR", "085", "asserted"),
    ("Russia withdrew its troops from the Ukrainian border.", "RUS", "UKR", "0874", "asserted"),
    ("Belarus allowed OSCE observers into the country.", "BLR", "OSCE", "086", "asserted"),
    # 09 investigate
    ("Poland investigated the Belarusian company.", "POL", "BLR", "090", "asserted"),
    ("Lithuania launched an investigation into the Russian bank.", "LTU", "RUS", "090", "asserted"),
    # 10 demand
    ("Russia demanded that Belarus release the businessman.", "RUS", "BLR", "105", "asserted"),
    ("Moscow demanded compensation from Minsk.", "RUSGOV", "BLRGOV", "100", "asserted"),
    # 11 disapprove
    ("Belarusian state media criticised the Kremlin.", "BLRMED", "RUSGOV", "111", "asserted"),
    ("Minsk condemned the Russian sanctions.", "BLRGOV", "RUS", "111", "asserted"),
    ("Russia accused Belarus of smuggling European goods.", "RUS", "BLR", "112", "asserted"),
    ("Belarus was accused by Moscow of smuggling.", "RUSGOV", "BLR", "112", "asserted"),
    ("Lukashenka blamed the West for the crisis.", "BLRGOV", "WST", "112", "asserted"),
    ("Poland lodged a complaint with Belarus.", "POL", "BLR", "114", "asserted"),
    # 12 reject
    ("On 5 March, Lukashenka and Nazarbayev refused to support the actions of Vladimir Putin in Crimea.", "BLRGOV", "RUSGOV", "125", "asserted"),
    ("On 5 March, Lukashenka and Nazarbayev refused to support the actions of Vladimir Putin in Crimea.", "KAZGOV", "RUSGOV", "125", "asserted"),
    ("Belarus rejected the Russian proposal.", "BLR", "RUS", "120", "asserted"),
    ("Minsk refused to meet the Lithuanian delegation.", "BLRGOV", "LTU", "125", "asserted"),
    ("Belarus refused to recognise the Russian annexation of Crimea.", "BLR", "RUS", "120", "asserted"),
    ("Russia vetoed the UN resolution.", "RUS", "UN", "129", "asserted"),
    # 13 threaten
    ("Russia threatened to impose sanctions on Ukraine.", "RUS", "UKR", "1312", "asserted"),
    ("The Kremlin warned Kyiv that it would cut gas supplies.", "RUSGOV", "UKRGOV", "1312", "asserted"),
    ("Lukashenka warned Putin against pressure.", "BLRGOV", "RUSGOV", "130", "asserted"),
    ("Russia threatened Ukraine with military force.", "RUS", "UKR", "130", "asserted"),
    # 14 protest
    ("Belarusian protesters demonstrated against the Russian embassy.", "BLR", "RUS", "141", "asserted"),
    ("Ukraine protested to Belarus about the border closure.", "UKR", "BLR", "114", "asserted"),
    ("Lithuania boycotted the Belarusian elections.", "LTU", "BLR", "143", "asserted"),
    # 15 force posture
    ("Russia mobilized troops near the Ukrainian border.", "RUS", None, "154", "asserted"),
    ("Belarusian troops held joint exercises with Russia.", "BLRMIL", "RUS", "062", "asserted"),
    # 16 reduce relations
    ("Lithuania expelled two Russian diplomats.", "LTU", "RUS", "161", "asserted"),
    ("The EU imposed sanctions on Russia.", "EU", "RUS", "163", "asserted"),
    ("Sanctions were imposed on Belarus by the European Union.", "EU", "BLR", "163", "asserted"),
    ("Ukraine suspended talks with Russia.", "UKR", "RUS", "164", "asserted"),
    ("Poland recalled its ambassador from Minsk.", "POL", "BLRGOV", "161", "asserted"),
    ("Russia banned imports of Belarusian dairy products.", "RUS", "BLR", "163", "asserted"),
    # 17 coerce
    ("Belarusian police arrested the Russian businessman.", "BLRCOP", "RUS", "173", "asserted"),
    ("Belarus seized Russian property.", "BLR", "RUS", "171", "asserted"),
    ("Russia deported Ukrainian citizens.", "RUS", "UKR", "174", "asserted"),
    # 18 unconventional violence
    # an actor no dictionary places is still an actor: the sector alone (GDELT's convention)
    ("Rebels abducted two Russian journalists.", "REB", "RUSMED", "181", "asserted"),
    ("Gunmen in Ukraine kidnapped a Russian diplomat.", "UKR", "RUS", "181", "asserted"),
    # 19 conventional force
    ("Turkey downed a Russian jet.", "TUR", "RUS", "195", "asserted"),
    ("Turkey shot down a Russian warplane near the Syrian border.", "TUR", "RUS", "195", "asserted"),
    ("Turkey's downing of a Russian jet angered Moscow.", "TUR", "RUS", "195", "asserted"),
    ("Russian troops attacked Ukrainian positions.", "RUSMIL", "UKR", "190", "asserted"),
    ("Russia annexed Crimea from Ukraine.", "RUS", "UKR", "192", "asserted"),
    ("Russian artillery shelled Ukrainian villages.", "RUS", "UKR", "194", "asserted"),
    # 20 mass violence
    ("Syrian forces used chemical weapons against Turkey.", "SYR", "TUR", "204", "asserted"),
    ("The army massacred Syrian civilians.", "MIL", "SYRCVL", "202", "asserted"),
    # modality
    ("Lukashenka did not attend the summit in Moscow.", "BLRGOV", None, "040", "negated"),
    ("Russia denied that it was planning to attack Ukraine.", "RUS", "UKR", "190", "negated"),
    # one refusal, one record: the rejection, not beside it the negated recognition
    ("Belarus never recognised the annexation.", "BLR", None, "120", "asserted"),
    ("Belarus may ask Russia for a loan.", "BLR", "RUS", "023", "hypothetical"),
    ("If Russia raises gas prices, Belarus will ask the EU for help.", "BLR", "EU", "023", "hypothetical"),
    ("Russia could impose sanctions on Belarus.", "RUS", "BLR", "163", "hypothetical"),
    ("Putin will visit Minsk next week.", "RUSGOV", "BLRGOV", "042", "future"),
    ("The Chinese president is due to visit Minsk in May.", "CHNGOV", "BLRGOV", "042", "future"),
    ("Belarus is set to sign an agreement with China.", "BLR", "CHN", "057", "future"),
    ("Russia plans to attack Ukraine.", "RUS", "UKR", "190", "hypothetical"),
    ("Minsk said Moscow would cut oil deliveries to Belarus.", "RUSGOV", "BLR", "163", "future"),
    # analysts and opinion are not events
    ("Experts expect Moscow to increase pressure on Minsk.", None, None, None, None),
    ("Analysts said Russia would punish Belarus.", None, None, None, None),
    ("Russian political scientist Yevgeny Satanovsky accused Belarus of betrayal.", None, None, None, None),
    # structures: apposition, metonym, counterpart, reported speech, pronoun
    ("Belarusian Foreign Minister Vladimir Makei criticised Warsaw.", "BLRGOV", "POLGOV", "111", "asserted"),
    ("Minsk accused Warsaw of interference.", "BLRGOV", "POLGOV", "112", "asserted"),
    ("Makei met his Lithuanian counterpart in Vilnius.", "BLRGOV", "LTUGOV", "040", "asserted"),
    ("Lukashenka said that Russia had attacked Ukraine.", "RUS", "UKR", "190", "asserted"),
    ("Lukashenka said that Russia had attacked Ukraine.", "BLRGOV", None, "010", "asserted"),
    ("Belarus said it would host the talks.", "BLR", None, "043", "future"),
    ("Putin, who visited Minsk in May, praised Lukashenka.", "RUSGOV", "BLRGOV", "042", "asserted"),
    ("Russia condemned Turkey and threatened it with sanctions.", "RUS", "TUR", "1312", "asserted"),
    # announcements: the act (future) and, asserted, the intent / threat / refusal it announces
    ("Russia will impose sanctions on Belarus.", "RUS", "BLR", "163", "future"),
    ("Lukashenka will not support the Russian annexation.", "BLRGOV", "RUS", "125", "asserted"),
    ("Lithuania is willing to host the talks.", "LTU", None, "036", "asserted"),
    ("Poland said that Belarus must release the prisoners.", "POL", "BLR", "105", "asserted"),
    # sentences that once broke the coder
    ("Belarusian opposition activists began a hunger strike.", "BLROPP", "BLR", "142", "asserted"),
    ("Vladimir Putin signed a decree suspending Russia's free trade agreement with Ukraine.", "RUSGOV", "UKR", "160", "asserted"),
    ("President Lanski banned Belarusian opposition newspapers.", "BLRGOV", "BLR", "172", "asserted"),
    ("Belarus's choices demonstrate that Minsk wants independence.", None, None, None, None),
    ("Lukashenka has clashed with Russia over gas prices.", "BLRGOV", "RUS", "110", "asserted"),
    ("Lukashenka has never criticised Moscow or praised Warsaw.", "BLRGOV", "POLGOV", "051", "negated"),
    # a standing condition: a forecast, not an announced intent
    ("For as long as Russia has money, it will invest in Belarus.", "RUS", "BLR", "061", "hypothetical"),
    ("Belarus failed to reach an agreement with Russia.", "BLR", "RUS", "127", "asserted"),
    ("Lukashenka failed to attend the summit in Moscow.", "BLRGOV", None, "040", "negated"),
    ("Belarus is opposed to Russian mediation.", "BLR", "RUS", "120", "asserted"),
    ("The German government welcomed President Lanski's statement on Belarus.", "DEUGOV", "BLR", "051", "asserted"),
    ("The Collective Security Treaty Organization met in Minsk.", "CSTO", None, "040", "asserted"),
    # implicit targets: an untitled office of the source's country, a purpose clause, a foreign place
    ("Belarusian opposition groups demanded that the President resign.", "BLROPP", "BLRGOV", "104", "asserted"),
    ("Lithuanian farmers blocked the border to protest against Belarusian tariffs.", "LTU", "BLR", "144", "asserted"),
    ("Russia lifted the curfew in Ukraine.", "RUS", "UKR", "081", "asserted"),
    ("On 1 March, Makei completed his official visit to Lithuania.", "BLRGOV", "LTU", "042", "asserted"),
    ("In its dispute with Kyiv, Moscow encouraged Minsk to join the boycott.", "RUSGOV", "BLRGOV", "020", "asserted"),
    ("Belarusian students staged rallies in Minsk.", "BLR", "BLRGOV", "141", "asserted"),
    ("Belarusian riot police used tear gas against the crowd.", "BLRCOP", "BLR", "175", "asserted"),
    ("Belarusian riot police opened fire to disperse opposition demonstrators.", "BLRCOP", "BLROPP", "190", "asserted"),
    ("The EU repeated its demand that Belarus release the prisoners.", "BLR", "BLRCVL", "0841", "hypothetical"),
    ("EU foreign ministers demanded the withdrawal of Russian troops from Ukraine.", "EU", "RUS", "105", "asserted"),
    ("Lukashenka vowed to retaliate against Lithuanian sanctions by blocking transit.", "BLRGOV", "LTU", "130", "asserted"),
    ("Russia vowed to attack Ukraine.", "RUS", "UKR", "1384", "asserted"),
    ("The Belarusian opposition said it would boycott the elections.", "BLROPP", "BLRGOV", "143", "future"),
    ("Russia will withdraw its peacekeepers from Moldova.", "RUS", "MDA", "166", "future"),
    ("MOSCOW, November 24, 2015 — Turkish F-16 fighter jets shot down a Russian Su-24 bomber.", "TUR", "RUS", "195", "asserted"),
    ("Belarusian riot police opened fire on opposition demonstrators in Minsk, killing two.", "BLRCOP", "BLROPP", "190", "asserted"),
    ("The Belarusian government lifted the curfew.", "BLRGOV", "BLR", "081", "asserted"),
    ("Russia strengthened its forces in Belarus.", "RUS", "BLR", "154", "asserted"),
    ("Ukrainian troops captured part of a rebel camp on the Russian border.", "UKRMIL", "UKRREB", "190", "asserted"),
    ("Ethnic Russians in eastern Ukraine demanded autonomy from Kyiv.", "UKR", "UKRGOV", "100", "asserted"),
    ("Minsk is not willing to blindly support Moscow.", "BLRGOV", "RUSGOV", "032", "negated"),
    ("Belarus lent only tepid diplomatic support to Russia.", "BLR", "RUS", "051", "asserted"),
    ("The Russian side is prepared to play tough with Minsk.", None, None, None, None),
    # coordination: of adjectives (sharing the noun's sector) and of nested targets
    ("Senior Polish and Lithuanian officials agreed to coordinate their border policy.", "POLGOV", "LTUGOV", "030", "asserted"),
    ("Senior Polish and Lithuanian officials agreed to coordinate their border policy.", "LTUGOV", "POLGOV", "030", "asserted"),
    ("Belarusian and Russian negotiators held talks in Minsk.", "BLRGOV", "RUSGOV", "046", "asserted"),
    ("Belarusian and Russian negotiators held talks in Minsk.", "RUSGOV", "BLRGOV", "046", "asserted"),
    ("The EU promised a package of aid for Moldova and Georgia.", "EU", "GEO", "033", "asserted"),
    ("The EU promised a package of aid for Moldova and Georgia.", "EU", "MDA", "033", "asserted"),
    # a conflict act promised on a condition is a threat; phase verbs are transparent
    ("Russia will cut gas deliveries to Belarus unless Minsk pays its debt.", "RUS", "BLR", "1312", "asserted"),
    ("Moscow will halt its mediation efforts unless Kyiv accepts the plan.", "RUSGOV", "UKRGOV", "135", "asserted"),
    # ... but an act that only may happen on its condition is a possibility, no threat
    ("Moscow may halt its mediation efforts if Kyiv refuses the plan.", "RUSGOV", "UKRGOV", "165", "hypothetical"),
    ("Russia threatened to resume shelling Ukrainian positions.", "RUS", "UKR", "138", "asserted"),
    ("Lithuania is ready to reject the Belarusian proposal.", "LTU", "BLR", "120", "hypothetical"),
    ("Poland is ready to contribute troops to the peacekeeping mission in Ukraine.", "POL", "UKR", "033", "asserted"),
    # sector nouns of organisations and groups
    ("Red Cross officials suspended aid deliveries to Belarus.", "NGO", "BLR", "162", "asserted"),
    ("Lukashenka demanded a UN military presence on the border.", "BLRGOV", "UN", "100", "asserted"),
    # repaying a loan is no aid: the demand is a demand (no light verb lends "loan" its act)
    ("The Kremlin reiterated that Minsk must repay the loan.", "RUSGOV", "BLRGOV", "100", "asserted"),
    ("Belarus said it would not meet the opposition's demands.", "BLR", "BLROPP", "124", "asserted"),
    # who does a participle, a purpose, a nominal act; what a family head's object says
    ("A Belarusian border post was attacked by Russian militiamen, killing three guards.", "RUS", "BLR", "190", "asserted"),
    ("Belarusian police prevented the rally staged by opposition activists.", "BLRCOP", "BLROPP", "1721", "asserted"),
    ("Lukashenka vowed not to recognise the referendum.", "BLRGOV", None, "120", "asserted"),
    ("Russia planned a blockade of the Ukrainian ports.", "RUS", "UKR", "191", "hypothetical"),
    ("Minsk received an OSCE observer mission.", "BLRGOV", "OSCE", "086", "asserted"),
    ("The Belarusian cabinet met on Monday.", None, None, None, None),
    ("Moscow mobilized pressure groups in Europe.", None, None, None, None),
    # a material act in a foreign place is aimed at its country; threats of curfews and protests
    # at home aim at home
    ("Russian troops shelled targets in Kharkiv.", "RUSMIL", "UKR", "194", "asserted"),
    ("The UN suspended aid deliveries in Minsk.", "UN", "BLR", "162", "asserted"),
    ("Lukashenka criticised the sanctions in Moscow.", "BLRGOV", None, "111", "asserted"),
    ("The Belarusian opposition threatened to stage protests.", "BLROPP", "BLRGOV", "133", "asserted"),
    ("Lukashenka threatened to impose a curfew in Minsk.", "BLRGOV", "BLR", "132", "asserted"),
    # attempts, calls, formal protests, demands repeated, subjunctives
    ("Chechen rebels attempted to assassinate the Russian defence minister.", "RUSREB", "RUSMIL", "185", "asserted"),
    ("The Ukrainian court tried the Russian pilot.", None, None, None, None),
    ("Putin telephoned Lukashenka on Monday.", "RUSGOV", "BLRGOV", "041", "asserted"),
    ("Lithuania lodged an official protest with Belarus over the border incident.", "LTU", "BLR", "114", "asserted"),
    ("Warsaw repeated its demand today that Minsk free the journalists.", "POLGOV", "BLRGOV", "100", "asserted"),
    ("Warsaw recommended that Minsk free the journalists.", "BLRGOV", "BLRMED", "0841", "hypothetical"),
    # who acts: a possessive owner, an apposition, a "-led" leader, a sender; misread past forms
    ("Moscow said their forces had completed the withdrawal from Ukraine.", "RUSMIL", "UKR", "0874", "asserted"),
    ("Ivan Petrov, the Belarusian deputy foreign minister, criticised Lithuania.", "BLRGOV", "LTU", "111", "asserted"),
    ("Russian-led forces attacked a village in eastern Ukraine.", "RUS", "UKR", "190", "asserted"),
    ("Belarusian workers staged a strike at the plant.", "BLR", "BLRGOV", "143", "asserted"),
    ("Russian troops remained on high alert near the border with Ukraine.", "RUSMIL", None, "152", "asserted"),
    ("Minsk shortened the night-time curfew in Hrodna.", "BLRGOV", "BLR", "081", "asserted"),
    ("UN helicopters evacuated wounded civilians from the Ukrainian town.", "UN", "UKR", "073", "asserted"),
    # acts undone, claims that demand nothing, plans named by the noun they describe
    ("Belarus postponed the talks with Lithuania.", "BLR", "LTU", "046", "negated"),
    ("The Belarusian opposition agreed to postpone the demonstration in Minsk.", "BLROPP", "BLRGOV", "141", "negated"),
    ("Moscow insisted that the unrest reflected old ethnic tensions.", "RUSGOV", None, "010", "asserted"),
    ("Moscow insisted that Kyiv must withdraw its troops.", "RUSGOV", "UKRGOV", "105", "asserted"),
    ("Belarusian workers cancelled the strike they had been planning.", "BLR", "BLRGOV", "143", "negated"),
    # a visit needs a host; a conjunct shares the modality of the first
    ("The talks were held on the eve of a visit here by the Russian president.", None, None, None, None),
    ("Their units will soon receive new armoured vehicles.", None, None, None, None),
    ("Lukashenka received the Chinese delegation in Minsk.", "BLRGOV", "CHNGOV", "043", "asserted"),
    ("Lukashenka in an interview explained that he was not willing to support Russia.", "BLRGOV", "RUS", "032", "negated"),
    ("During his visit to Minsk, Putin praised Lukashenka.", "RUSGOV", "BLRGOV", "042", "asserted"),
    # "it" is the previous sentence's actor, not the earlier Kyiv of its own
    ("Russia cut gas supplies to Ukraine. In its dispute with Kyiv, it encouraged Minsk to join the boycott.", "RUS", "BLRGOV", "020", "asserted"),
    # an ethnic group acting or acted on in another country is that country's; a possessor of a
    # relation is the other party
    ("Ukrainian troops detained three ethnic Russians in eastern Ukraine.", "UKRMIL", "UKR", "173", "asserted"),
    ("Up to a hundred ethnic Poles demonstrated on Sunday in Belarus.", "BLR", "BLRGOV", "141", "asserted"),
    ("Belarus criticised Russia's allies.", "BLR", None, "111", "asserted"),
    ("Lithuania announced a suspension of air links with Belarus.", "LTU", "BLR", "160", "asserted"),
    ("Hollande issued a stern reminder to Minsk that it must free the journalists.", "FRAGOV", "BLRGOV", "100", "asserted"),
    ("Russia will evacuate its garrison in Moldova.", "RUS", "MDA", "035", "asserted"),
    ("UN helicopters evacuated the wounded from the Ukrainian town.", "UN", "UKR", "073", "asserted"),
    ("Belarusian riot police beat protesters in Minsk.", "BLRCOP", "BLR", "182", "asserted"),
    ("Polish border guards abused Belarusian migrants.", "POLCOP", "BLR", "182", "asserted"),
    ("Lithuania complained to the EU over Belarusian border violations.", "LTU", "BLR", "114", "asserted"),
    ("Lithuania complained to the EU.", "LTU", "EU", "114", "asserted"),
    ("Chechen guerillas blew up a railway bridge near Grozny.", "RUSREB", "RUS", "1712", "asserted"),
    ("Belarus backed a UN resolution that aims to tighten sanctions and impose a blockade on Syria.", "UN", "SYR", "191", "hypothetical"),
    # found by users on news of their own (2026-12-04): a dateline place is no party, a venue no
    # partner; a treaty is not its signatory's armed forces; actors no dictionary knows still act
    ("KAZAN, Russia — Modi and Xi met on the sidelines of the BRICS summit on Wednesday.", "IND", "CHNGOV", "040", "asserted"),
    ("Beijing warned Manila against further provocations at sea.", "CHNGOV", "PHLGOV", "130", "asserted"),
    ("India suspended the Indus Waters Treaty after the attack.", "IND", None, "160", "asserted"),
    ("Police arrested opposition leader Kizza Besigye in Kampala on Tuesday.", "UGACOP", "UGAOPP", "173", "asserted"),
    ("LAGOS, Nigeria — Gunmen ambushed a police convoy near Maiduguri.", "NGAUAF", "NGACOP", "190", "asserted"),
    ("The rebels issued an ultimatum to the Eastern Highlands Liberation Front.", "REB", "UNK", "139", "asserted"),
    # found reading the coder's output on fresh articles (2026-12-05): "he" stands for a titled
    # person no dictionary knows; a surname for the person named in full before; the dateline
    # places "the government" before a country named in the act's object does
    ("LAHORE, Pakistan — Opposition leader Naveed Khattak led a march. He criticised the government.", "PAKOPP", "PAKGOV", "111", "asserted"),
    ("NAIROBI, Kenya — Police detained activist Wanjiru Kamau. Kamau denounced the police.", "KENOPP", "KENCOP", "111", "asserted"),
    ("ISLAMABAD — The opposition threatened to block the highway unless the government expelled Indian diplomats.", "PAKOPP", "PAKGOV", "133", "asserted"),
    ("Riot police fired tear gas at Kenyan protesters.", "KENCOP", "KEN", "175", "asserted"),
    ("Indian troops returned fire across the Line of Control.", "INDMIL", None, "190", "asserted"),
    ("The unions called a general strike against the Nigerian government.", "NGALAB", "NGAGOV", "143", "asserted"),
    ("Washington slapped tariffs on Chinese steel.", "USAGOV", "CHN", "163", "asserted"),
    # a definite description of a country stands for the last country named before
    ("The Ukrainian prime minister met Lukashenka in Kyiv. On 3 October, Lukashenka visited the country.", "BLRGOV", "UKR", "042", "asserted"),
    # a definite noun naming an earlier act stands for that act's other party
    ("ISLAMABAD, May 3 — Pakistan accused India of shelling three villages. Indian officials denied the charge.", "INDGOV", "PAK", "016", "asserted"),
    ("LIMA, May 3 — China and Peru signed an agreement. The deal was praised by Trade Minister Julio Cardenas.", "PERGOV", "CHN", "051", "asserted"),
    # a gathering is where an act happens, not its target
    ("Modi met Xi at the BRICS summit.", "IND", "CHNGOV", "040", "asserted"),
    # parties named together agree with each other; an actor's own people are its own sector
    ("Thailand and Cambodia agreed on Monday to an immediate ceasefire at a meeting hosted by Malaysia.", "THA", "KHM", "030", "asserted"),
    ("Iraqi cleric Moqtada al-Sadr called on his followers to shun the elections.", "IRQ", "IRQOPP", "020", "asserted"),
    # who says a nominal act is its "from" phrase
    ("Kyiv faced criticism from Warsaw over the grain ban.", "POLGOV", "UKRGOV", "111", "asserted"),
    ("China, India and Russia flew rescue teams and relief supplies to Myanmar.", "IND", "MMR", "073", "asserted"),
    # an armed group's material act at home is done to its country (the dateline's); a capital that
    # qualifies a thing is where it is; "the bloc" is the last organisation named
    ("EL FASHER, Sudan — The Rapid Support Forces shelled a displacement camp on Friday.", "SDN", "SDN", "194", "asserted"),
    ("BAKU, Azerbaijan — Police raided the Baku office of Russia's Sputnik news agency.", "AZECOP", "RUSMED", "171", "asserted"),
    ("KUALA LUMPUR — Timor-Leste joined ASEAN, and the bloc's other leaders hailed its accession.", "ASEAN", "TLS", "051", "asserted"),
    # in a sentence that names one country, a court's, a party's or an unknown name's act on things
    # of its own is done at home; an army's need not be
    ("Guatemala's Constitutional Court refused to annul the election results.", "GTMJUD", "GTM", "120", "asserted"),
    ("MAPUTO, Mozambique — Presidential challenger Venâncio Mondlane rejected the provisional results.", "MOZ", "MOZ", "120", "asserted"),
    # "his own" interests are the source's, not another actor's: protecting them protects no one
    ("By refusing to support Putin in Crimea, Lukashenka is protecting his own interests.", None, None, None, None),
    # an order by an authority is the act it orders; calling an act a provocation accuses
    ("A magistrate ordered the pretrial detention of a former mayor in Honduras.", "HNDJUD", "HND", "173", "asserted"),
    ("Armenia's foreign ministry called Azerbaijan's exercises a provocation.", "ARMGOV", "AZE", "111", "asserted"),
    # who arrests without being named is the place's authorities
    ("A Christian missionary from Calgary was arrested in Lebanon.", "LBNGOV", None, "173", "asserted"),
    # the parties of a condition, coordinated; a conjoined hostile act shares its partner's target
    ("Iran warned that Tehran could quit the treaty if Britain, France and Germany triggered sanctions.", "IRN", "DEU", "1313", "asserted"),
    ("Afghanistan's Taliban administration accused Pakistan of killing civilians and vowed to retaliate.", "AFG", "PAK", "130", "asserted"),
    # "their troops" are their owner's, not the dateline's
    ("ISLAMABAD — Indian officials said their troops had only returned fire.", "INDMIL", None, "190", "asserted"),
    # the members a phrase lists, not the region that describes them
    ("Venezuela expelled the diplomatic staff of seven Latin American countries, including Argentina, Chile and Peru.", "VEN", "PER", "161", "asserted"),
    # "both sides" are the last two parties named
    ("Pakistan accused India of shelling villages. China urged both sides to exercise restraint.", "CHN", "PAK", "020", "asserted"),
    # found reading the coder's output on the seed articles (2026-12-05, second round): a sentence's
    # first word is no first name; a colon clause keeps its own modality; a leader or capital that
    # demands names no target at home; a state does not protest against its own government; a
    # turnover that declines rejects nothing; a region is a place of its country
    ("If Lukashenka supports Russia in Ukraine, what would prevent him from supporting the same actions?", "BLRGOV", "RUS", "051", "hypothetical"),
    ("On Thursday, Lukashenka sent out a warning: if Russia keeps its export duties, Belarus will not remain in the union.", "BLRGOV", None, "130", "asserted"),
    ("Minsk continues to demand equal access to energy resources.", "BLRGOV", None, "100", "asserted"),
    ("Russia is blocking the plan.", "RUS", None, "120", "asserted"),
    ("Farmers blocked the highway to the capital for six hours.", "AGR", None, "144", "asserted"),
    ("The union's trade turnover declined last year.", None, None, None, None),
    ("Russia annexed Crimea in 2014.", "RUS", "UKR", "192", "asserted"),
    # a clause that sets the scene names no target ("while …"), unlike a purpose or a condition
    ("While Russia's response was predictable, Belarus announced that it would keep its trade deal with Ukraine.", "BLR", None, "010", "asserted"),
    # found reading the coder's output on news-dev2 (2026-12-05): "the two leaders" are the two
    # parties named before them; police in a sentence that names one country are its police; a
    # show of force announced for later threatens no one by itself
    ("Indonesia's president met Malaysia's prime minister in Jakarta, and the two leaders agreed to develop the sea block together.", "IDN", "MYS", "030", "asserted"),
    ("Indonesia's president met Malaysia's prime minister in Jakarta, and the two leaders agreed to develop the sea block together.", "MYS", "IDN", "030", "asserted"),
    ("Argentina's largest union staged a general strike, while police used water cannon to clear the picketers.", "ARGCOP", "ARG", "175", "asserted"),
    ("Cambodia will hold joint naval drills with China next month.", "KHM", "CHN", "062", "future"),
    # an act answered is an act of its own, aimed at who answers; an act condemned is not aimed at
    # who condemns it
    ("South Africa's president rebuffed Trump's threat to cut off aid.", "USA", "ZAF", "130", "asserted"),
    ("Egypt condemned Israel's air strikes on Rafah.", "EGY", "ISR", "111", "asserted"),
    # a vowed response or countermeasure threatens; a second clause's threat answers the first
    # clause's actor, not the answerer's own country
    ("Poland ordered the closure of Russia's last consulate, and Moscow vowed a painful response.", "RUSGOV", "POL", "130", "asserted"),
    ("Beijing lodged a protest with Washington and vowed to take resolute countermeasures.", "CHNGOV", "USAGOV", "130", "asserted"),
    # a participle with its agent is a passive act: the mediator of "talks brokered by Turkey" mediates
    # between the parties of the clause the talks belong to; crimes committed are no intent
    ("Ethiopia and Somalia agreed to restore relations after talks in Ankara brokered by Turkey.", "TUR", "ETH", "045", "asserted"),
    ("Ethiopia and Somalia agreed to restore relations after talks in Ankara brokered by Turkey.", "TUR", "SOM", "045", "asserted"),
    ("Russia and the United States swapped prisoners in a deal mediated by the United Arab Emirates.", "ARE", "USA", "045", "asserted"),
    ("Investigators looked into crimes committed by Croat forces.", None, None, None, None),
    # a mediation is aimed at each side of the act it mediated, and its mediator is no party of
    # that act: the sides its words name, those of the act it hangs on or follows in the sentence,
    # the thanker and the other party of the act told before, the story's last mutual act when it
    # points back; named with no sides, it mediates between no one
    ("Armenia and Azerbaijan held indirect talks mediated by Qatar on Tuesday.", "ARM", "AZE", "046", "asserted"),
    ("Armenia and Azerbaijan held indirect talks mediated by Qatar on Tuesday.", "QAT", "AZE", "045", "asserted"),
    ("Russia and Ukraine exchanged prisoners in a swap brokered by the United Arab Emirates.", "ARE", "UKR", "045", "asserted"),
    ("Ukraine and Russia each freed 40 soldiers and 10 civilians in a swap mediated by Turkey.", "TUR", "RUS", "045", "asserted"),
    ("Israel and Hamas agreed to a truce facilitated by Qatar.", "QAT", "ISR", "045", "asserted"),
    ("Kenya and Ethiopia held a meeting brokered by the African Union.", "AU", "ETH", "045", "asserted"),
    ("Egypt brokered a truce between Israel and Hamas.", "EGY", "PSE", "045", "asserted"),
    ("Indian and Pakistani troops clashed along the border for three days before the United States brokered a truce.",
     "USA", "PAKMIL", "045", "asserted"),
    ("India and Pakistan agreed to a ceasefire on Saturday, and Trump said Washington had mediated.", "USAGOV", "PAK", "045", "asserted"),
    ("Thailand and Cambodia agreed to a ceasefire. Trump said Washington had mediated the deal.", "USAGOV", "THA", "045", "asserted"),
    ("The Thai prime minister thanked Malaysia for its mediation.", "MYS", "THAGOV", "045", "asserted"),
    ("Cambodia thanked Malaysia for mediating the ceasefire with Thailand.", "MYS", "THA", "045", "asserted"),
    ("Iran freed two French teachers, and France thanked Oman for its mediation.", "OMN", "IRN", "045", "asserted"),
    ("Kenya and Somalia agreed to reopen their border after talks in Nairobi brokered by Uganda ended a long dispute.",
     "KEN", "SOM", "046", "asserted"),
    ("A truce between Thailand and Cambodia took effect on Friday after talks in Putrajaya hosted by Malaysia's prime minister.",
     "MYSGOV", "KHM", "043", "asserted"),
    ("Qatar has mediated in several conflicts.", "QAT", None, "045", "asserted"),
    ("Talks hosted by Turkey ended without a deal.", "TUR", None, "043", "asserted"),
    # prisoners freed or pardoned without a country are the source's own; verbs of aid, exit and
    # coercion common in the news
    ("Cuba freed 553 prisoners on Wednesday.", "CUB", "CUB", "0841", "asserted"),
    ("The International Monetary Fund disbursed a $360 million tranche to Ghana.", "IMF", "GHA", "071", "asserted"),
    ("Mali, Burkina Faso and Niger quit the bloc in January.", "MLI", None, "161", "asserted"),
    ("Kuwaiti authorities stripped 1,200 people of their citizenship.", "KWTGOV", "KWT", "172", "asserted"),
    ("Poland scrambled fighter jets to protect its airspace.", "POL", None, "150", "asserted"),
    # a finite conjunct keeps its own modality after a modal one; appeals made "despite" are made
    ("Bangladesh said it would not accept more refugees, and urged the United Nations to help.", "BGD", "UN", "023", "asserted"),
    ("Myanmar's junta has not released the leader despite repeated appeals from ASEAN.", "ASEAN", "MMRGOV", "020", "asserted"),
    # a government protests in words (114); a regional hub's dateline does not place a story whose
    # lead names another country; refusing to criticise is a refusal
    ("Beijing's protest was delivered to the Philippine embassy.", "CHNGOV", None, "114", "asserted"),
    # (an embargo is done to others: the junta's own country is no target of its closed borders)
    ("DAKAR (Reuters) - Soldiers in Guinea-Bissau seized power. The junta closed the borders.", "GNBGOV", None, "163", "asserted"),
    ("Hungary's president declined to criticise Russia.", "HUNGOV", "RUS", "120", "asserted"),
    # found by a news reader's review (2026-12-05): a time phrase is no particle ("called X on
    # Monday" is a call, not an appeal); announcing sanctions imposes them; vessels block a mission
    ("Rubio called Manalo on Monday to express support.", None, None, None, None),
    ("The United States announced new sanctions on Iran on Tuesday.", "USA", "IRN", "163", "asserted"),
    ("Chinese vessels blocked a resupply mission to the shoal.", "CHN", None, "191", "asserted"),
    ("Paris recalled its military attaché.", "FRAGOV", None, "161", "asserted"),
    # the source's own country named in an object ("Japanese investment") is not its target
    ("Japan's prime minister pledged to raise Japanese investment in the United States.", "JPNGOV", "USA", "030", "asserted"),
    # a headline the small model tags as a person ("Winning Crimea") names no one whose "surname"
    # could act later (seed article 000)
    ("Winning Crimea. Russia will lose money as a result of the Crimea invasion.", None, None, None, None),
    # a retaliatory response already made threatens nothing (seed article 003)
    ("While Russia's retaliatory response was predictable, Belarus announced that it would keep its deal.", "BLR", None, "010", "asserted"),
    # a reaction to an act the sentence tells is aimed at whoever did it
    ("Kosovo police closed five municipal offices in Zubin Potok, a move Belgrade denounced.", "SRBGOV", "XKXCOP", "111", "asserted"),
    ("The tribunal in Arusha jailed two former ministers, a verdict that Human Rights Watch praised.", "NGO", "TZAJUD", "051", "asserted"),
    ("Guinea's junta freed 30 opposition activists on Saturday, and ECOWAS welcomed the gesture.", "ECOWAS", "GIN", "051", "asserted"),
    # an order to leave expels: the expelling verb's rules, on the order's object
    ("Algeria ordered 12 French embassy staff to leave the country within 48 hours.", "DZA", "FRA", "161", "asserted"),
    ("The junta ordered the UN peacekeepers to leave by December.", "GOV", "UN", "166", "asserted"),
    # a stated "would not accept" refuses; "at" aims only hostile acts; a warrant is a ground
    ("France said it would not accept the trade deal.", "FRA", None, "120", "asserted"),
    ("Armenia and Azerbaijan initialled a peace agreement at the White House on Friday.", "ARM", "AZE", "057", "asserted"),
    ("Russian troops fired at the Ukrainian convoy.", "RUSMIL", "UKR", "190", "asserted"),
    ("Philippine police arrested Duterte at the airport on a warrant from the International Criminal Court.", "PHLCOP", "PHL", "173", "asserted"),
    # a lead that names the dateline's country through its people keeps the dateline's country
    ("DUSHANBE, Tajikistan - An earthquake destroyed hundreds of Tajik homes near the border with Uzbekistan and Russia. The army evacuated 2,000 residents.", "TJKMIL", None, "073", "asserted"),
    # verbs of giving share their object classes (patterns.yaml: object_classes)
    ("Mexico sent two navy ships carrying food to Cuba.", "MEX", "CUB", "073", "asserted"),
    ("Turkey shipped 40 tonnes of relief supplies to Syria on Friday.", "TUR", "SYR", "073", "asserted"),
    ("Germany will deliver two air defence systems to Ukraine.", "DEU", "UKR", "072", "future"),
    # aid with no named recipient goes to the story's country; a dateline that is no news hub is
    # where the story is; "people" are civilians; a sector word inside a name is no sector
    ("HANOI (Reuters) - Japan pledged $20 million in emergency aid on Friday.", "JPN", "VNM", "033", "asserted"),
    ("SANTIAGO - Argentina dispatched firefighting aircraft within hours.", "ARG", "CHL", "073", "asserted"),
    ("KYIV (AFP) - Russia pounded Kyiv with 400 drones overnight, killing at least 15 people.", "RUS", "UKRCVL", "180", "asserted"),
    ("NAIROBI - Hundreds of people marched to the Supreme Court on Thursday.", "KENCVL", "KENJUD", "141", "asserted"),
    ("Uzbek President Mirziyoyev spoke with Rahmon by telephone on Tuesday.", "UZBGOV", "TJKGOV", "040", "asserted"),
    # a reaction to an act is aimed at whoever did it, of the same country too; a conjunct's own
    # object (even a bare "people") keeps the first conjunct's parties out
    ("A court in Almaty jailed a blogger for five years for insulting officials, a ruling that Human Rights Watch condemned.", "NGO", "KAZJUD", "111", "asserted"),
    ("LUSAKA - The Constitutional Court struck down the president's decree, a ruling that opposition parties welcomed.", "ZMBOPP", "ZMB", "051", "asserted"),
    ("Italy and Spain flew injured people to their hospitals, and Albanian police detained 12 people over the fire.", "ALBCOP", "ALBCVL", "173", "asserted"),
    # "his rival" is not him; a name the text does not place is of its sentence's one country;
    # "both sides" of one country; aid goes to the one other country named; a request of an act
    # is made of its doer
    ("Bolivia held a presidential run-off on Sunday, and the losing candidate Carmen Quiroga refused to accept the result.", "BOL", "BOL", "120", "asserted"),
    ("Elon Musk criticised the Indian government on Tuesday.", "UNK", "INDGOV", "111", "asserted"),
    ("SHARM EL-SHEIKH, Egypt - Japan pledged $20 million in reconstruction aid for Gaza.", "JPN", "PSE", "033", "asserted"),
    ("Ukraine attacked Russian air defence systems in Crimea.", "UKR", "RUS", "190", "asserted"),
    ("Iran supplied fuel to Venezuela last month.", "IRN", "VEN", "061", "asserted"),
    ("Pakistan allocated 1.2 trillion rupees to defence, citing tensions with India.", None, None, None, None),
    ("BANGUI - Central African troops arrested opposition leader Jean Mbaye on Monday, and the African Union urged both sides to show restraint.", "AU", "CAF", "020", "asserted"),
    ("Kenya and Somalia signed an accord under which Kenya will provide 40 million shillings.", "KEN", "SOM", "033", "asserted"),
    ("The U.N. mission in Mali handed over its last base to Malian forces, completing a withdrawal that Bamako had requested.", "MLIGOV", "UN", "025", "asserted"),
    # vessels stopped and boarded, borders reopened, cyber attacks, embassies closed
    ("The Libyan coast guard intercepted a boat carrying 80 migrants on Sunday.", "LBY", "REF", "191", "asserted"),
    ("Israeli air defences intercepted two drones over Eilat.", None, None, None, None),
    ("Estonian authorities boarded a Russian tanker in the Gulf of Finland.", "EST", "RUS", "191", "asserted"),
    ("Ghana reopened its border with Togo on Monday.", "GHA", "TGO", "081", "asserted"),
    ("Pro-Russian hackers attacked Lithuanian government websites on Tuesday.", "CRM", "LTUGOV", "171", "asserted"),
    ("Venezuela closed its embassy in Oslo.", "VEN", "NOR", "161", "asserted"),
    # an announced hostile act is the future act; a conditional one also threatens
    ("Moscow will cut gas supplies to Moldova unless Chisinau pays its debt.", "RUSGOV", "MDA", "1312", "asserted"),
    ("Djibouti hosts military bases for the United States, France and China.", None, None, None, None),
    # what a crowd does by force is a protest; the forces' side of a clash with it, repression
    ("Supporters of the jailed opposition leader clashed with police in Conakry on Friday.", "GINOPP", "GINCOP", "145", "asserted"),
    ("Supporters of the jailed opposition leader clashed with police in Conakry on Friday.", "GINCOP", "GINOPP", "175", "asserted"),
    ("NAIROBI - Hundreds of students blocked the main highway on Monday.", "KENEDU", "KEN", "144", "asserted"),
    ("Rebels clashed with government troops near Goma.", "CODREB", "CODMIL", "190", "asserted"),
    ("Ethiopia struck a deal with Somalia on Tuesday to end their dispute over sea access.", "ETH", "SOM", "057", "asserted"),
    # armed men are of the one country the sentence names as a state, not through its people
    ("Soldiers detained four opposition leaders in Guinea-Bissau on Friday.", "GNBMIL", "GNBOPP", "173", "asserted"),
    ("Rebels abducted two Russian journalists near the border.", "REB", "RUSMED", "181", "asserted"),
    # expulsions, condemnations by name, searches by force
    ("Algeria withdrew its ambassador from Paris.", "DZA", "FRA", "161", "asserted"),
    ("Armenia's foreign ministry called the trial illegitimate.", "ARMGOV", None, "111", "asserted"),
    ("The opposition dismissed the election as a sham.", "OPP", None, "111", "asserted"),
    ("Azerbaijani police raided the Baku office of a Russian news agency.", "AZECOP", "RUSMED", "171", "asserted"),
    # fire traded is a fight; a ceasefire between two parties holds for both
    ("Israel and Hezbollah traded fire across the border on Saturday.", "ISR", "LBN", "190", "asserted"),
    ("A ceasefire between Thailand and Cambodia took effect at midnight.", "THA", "KHM", "0871", "asserted"),
    ("The International Criminal Court issued an arrest warrant for the Taliban's supreme leader.", "ICC", "AFG", "112", "asserted"),
    ("Philippine police arrested Duterte on a warrant from the International Criminal Court.", "PHLCOP", "PHL", "173", "asserted"),
    # who protests unnamed is a crowd of the place
    ("BELGRADE - The prime minister resigned on Tuesday after weeks of student-led protests.", "SRBOPP", "SRBGOV", "140", "asserted"),
    ("Protests in Nairobi turned deadly on Tuesday.", "KENOPP", "KENGOV", "140", "asserted"),
    # a request's "of" phrase or possessor asks the subject of the clause it hangs on
    ("Nicaragua freed 135 prisoners, whom Guatemala agreed to take in at Washington's request.", "USAGOV", "GTM", "020", "asserted"),
    # a mutual act in a phrase on a clause is between the clause's subjects
    ("Kenyan and Somali officials said after talks in Nairobi that the border would reopen.", "KENGOV", "SOMGOV", "046", "asserted"),
    # an order's object act is the act; a gerund after "for" is a reason, not what is ordered
    ("Poland ordered the closure of Russia's last consulate on Wednesday.", "POL", "RUS", "161", "asserted"),
    ("Trump ordered 25% tariffs on Colombian goods for turning back deportation flights.", "USA", "COL", "163", "asserted"),
    # forcing a way into premises coerces; ending a cooperation agreement cuts ties
    ("Ecuadorean police stormed Mexico's embassy in Quito on Friday night.", "ECUCOP", "MEX", "171", "asserted"),
    ("Gunmen stormed a hotel in Beledweyne on Tuesday.", "SOMUAF", "SOM", "190", "asserted"),
    ("Chad said it was ending its defence cooperation agreement with France.", "TCD", "FRA", "161", "asserted"),
    ("Kyrgyzstan and Tajikistan reopened road crossings on their shared border on Friday.", "KGZ", "TJK", "081", "asserted"),
    ("NUKU'ALOFA - Tonga asked China to defer repayments, and Australia pledged $10 million in budget support.", "AUS", "TON", "033", "asserted"),
    ("The International Criminal Court issued arrest warrants on Tuesday for two Libyan militia commanders.", "ICC", "LBY", "112", "asserted"),
    # an opposition leader's own supporters: the country, not the leader's own sector again
    ("KAMPALA - Opposition leader Bobi Wine called on his supporters to stage peaceful protests.", "UGAOPP", "UGA", "020", "asserted"),
    # the two leaders are the parties named before, not the places where they met
    ("Chile's president met Peru's president on the sidelines of the APEC summit in Lima, and the two leaders agreed to reopen the border post.", "CHLGOV", "PERGOV", "035", "asserted"),
    # a month in a dateline is no march
    ("QUITO, March 4 (Reuters) - Ecuador's president hosted Colombia's president on Tuesday.", "ECUGOV", "COLGOV", "043", "asserted"),
    # a consultation in a phrase on a clause is its subject's, and the party consulted is the
    # target of the clause's act when it names none
    ("During a visit to Samoa last month, New Zealand's foreign minister signed a fisheries accord.", "NZLGOV", "WSM", "042", "asserted"),
    ("During a visit to Samoa last month, New Zealand's foreign minister signed a fisheries accord.", "NZLGOV", "WSM", "057", "asserted"),
    ("After talks with Mongolia's prime minister, the Kazakh government agreed to open a rail link.", "KAZGOV", "MNGGOV", "030", "asserted"),
    # giving shares the object classes of every verb of giving; paying for another's project aids it
    ("South Korea gave the Vietnamese coast guard three patrol boats on Monday.", "KOR", "VNMMIL", "072", "asserted"),
    ("Canada gave Jordan 40 million dollars for refugee schools.", "CAN", "JOR", "071", "asserted"),
    ("The Asian Development Bank will finance a new water plant for Tonga.", "ADB", "TON", "071", "future"),
    # a nominal act's "by" phrase, hung by the parser on its "of" phrase, names the doer; so does
    # the criticism that act draws
    ("The expulsion of 12 Malians by Algeria drew criticism from Bamako.", "DZA", "MLI", "174", "asserted"),
    ("The expulsion of 12 Malians by Algeria drew criticism from Bamako.", "MLIGOV", "DZA", "111", "asserted"),
    # a phrase on an adverb ("back to") names the target; what followed the act is no purpose of it
    ("Malaysia sent 30 asylum seekers back to Myanmar, drawing condemnation from Amnesty International.", "MYS", "MMR", "174", "asserted"),

    # drills held together are military cooperation (CAMEO's own HOLD JOINT EXERCISES); "around"
    # aims a show of force
    ("Thailand and Cambodia will hold joint naval exercises next month.", "KHM", "THA", "062", "future"),
    ("China conducted large-scale drills around Taiwan on Tuesday.", "CHN", "TWN", "150", "asserted"),

    # "the three leaders" are the last three parties named
    ("Chile's president hosted the presidents of Peru and Bolivia in Arica, and the three leaders signed a water accord.", "BOL", "CHLGOV", "057", "asserted"),
    # a present-tense relative clause describes the actor: no act
    ("The government, which regularly arrests journalists, denied the report.", "GOV", None, "016", "asserted"),

    # "the bank", "the court" is the organisation named before whose name has that word; "the
    # order" is the last demand's or coercion's
    ("The World Bank approved a loan for Nepal on Monday. The bank said it would also fund flood defences for Bangladesh.", "WB", "BGD", "071", "future"),
    ("The International Court of Justice ordered Albania to halt the demolitions. Greek officials welcomed the order.", "GRCGOV", "ICJ", "051", "asserted"),

    # joint drills begun or launched cooperate; "against" names the common adversary, not a partner
    ("Indonesian and Australian troops began their first joint live-fire exercise in Darwin on Monday.", "AUSMIL", "IDNMIL", "062", "asserted"),
    ("Mali and Niger launched a joint operation against jihadist fighters on Monday.", "MLI", "NER", "062", "asserted"),

    # a flag, a registry or an owner before a hyphen names whose the thing is; an "including"
    # phrase names who is in the object
    ("Houthi fighters attacked a Marshall Islands-flagged tanker in the Gulf of Aden.", "YEMREB", "MHL", "190", "asserted"),
    ("Thai police detained 14 migrants, including six Cambodian nationals, near the border.", "THACOP", "KHMCVL", "173", "asserted"),

    # "the attack" condemned is its doer's, in the clause before or an earlier sentence
    ("Pakistani jets bombed camps in Khost on Monday, and Kabul condemned the attack.", "AFGGOV", "PAK", "111", "asserted"),
    ("Sudanese drones struck a market in El Obeid on Friday. Chad condemned the attack.", "TCD", "SDN", "111", "asserted"),

    # where a complaint is brought is no target of it, what it is over is; a "with" phrase after a
    # comma with its own participle tells what went on beside the act
    ("Canada filed a complaint at the World Trade Organization over Beijing's duties on canola.", "CAN", "CHNGOV", "114", "asserted"),
    ("Laos lodged a complaint with ASEAN over Vietnam's dam project.", "LAO", "VNM", "114", "asserted"),
    ("Eritrean and Ethiopian envoys held talks in Nairobi, with Kenya's foreign minister carrying messages between them.", "ERIGOV", "ETHGOV", "046", "asserted"),

    # "in protest", "in retaliation": a bare noun after "in" says why the clause's act was done
    ("Hanoi summoned Beijing's ambassador in protest on Friday.", "VNMGOV", "CHNGOV", "114", "asserted"),

    # a participle clause goes on with its head clause's parties
    ("Mali's junta gave the Canadian miner Barrick ten days to pay its taxes, threatening to seize its gold stocks.", "MLIGOV", "CAN", "132", "asserted"),

    # "two of its executives", "two of them": the part is the whole's
    ("Kazakh police searched the Almaty office of Russia's RT channel and detained three of its reporters.", "KAZCOP", "RUSMED", "173", "asserted"),

    ("Kyrgyz border guards exchanged fire with Tajik smugglers on Friday, killing two of them.", "KGZCOP", "TJK", "180", "asserted"),

    # a plural pronoun stands for a plural noun before a singular name
    ("Kazakh border guards exchanged fire with Uzbek smugglers on the Syr Darya river, killing two of them.", "KAZCOP", "UZB", "180", "asserted"),

    # a question's clause and a permitted act did not happen (yet)
    ("It is unclear whether Eritrea is willing to reopen the border with Ethiopia.", "ERI", "ETH", "035", "hypothetical"),
    ("The new law allows the army to support the police in Lima.", "PERMIL", "PERCOP", "051", "hypothetical"),

    # warships sent are a show of force; arson destroys property (an assault in PLOVER)
    ("Sweden sent two corvettes on patrol off Gotland on Monday.", "SWE", None, "150", "asserted"),
    ("Rioters set fire to a police station in Port-au-Prince on Monday.", "HTIOPP", "HTICOP", "145", "asserted"),

    # the parser may hang a passive's "by" phrase on the place phrase before it
    ("The accord was signed in Astana by Kazakhstan's foreign minister and his Mongolian counterpart.", "KAZGOV", "MNGGOV", "057", "asserted"),

    # a summit the act was agreed at took place; "their" is both subjects; flying to a capital visits it
    ("The presidents of Chile and Argentina agreed at their summit in Santiago on Friday to build a new tunnel.", "ARG", "CHL", "040", "asserted"),
    ("Indonesia's president flew to Canberra on Monday for talks.", "IDNGOV", "AUSGOV", "042", "asserted"),

    # "both sides" are the two parties of the last act that had two, not who reports on them
    ("Qatar hosted talks between Sudan and Chad on Monday. Qatar's envoy told reporters that both sides had agreed to meet again.", "SDN", "TCD", "036", "asserted"),

    # a name the country before it owns is of that country, not the dateline's
    ("LUSAKA - The mine's operator, a unit of China's Jinchuan Group, rejected the government's demand on Monday.", "CHN", "ZMBGOV", "120", "asserted"),

    # "its border", "its ambassador" are the subject's own, whoever else the sentence names
    ("PORT-AU-PRINCE - Gangs stormed a prison on Thursday, and the Dominican Republic closed its land border on Friday.", "DOM", "HTICRM", "163", "asserted"),

    ("Chad recalled its ambassador for consultations on Monday.", "TCD", None, "161", "asserted"),
    ("SANTO DOMINGO - Haiti recalled its ambassador for consultations on Monday.", "HTI", "DOM", "161", "asserted"),

    # everything agreed to is the agreement's content; a past form after the infinitive is an act
    ("Armenia and Azerbaijan agreed on Friday to keep talking and to meet again in March.", "ARM", "AZE", "036", "asserted"),
    ("Belarus vowed to retaliate and expelled two Lithuanian diplomats.", "BLR", "LTUGOV", "161", "asserted"),

    # talks hosted or brokered by a third party are between the clause's subjects, and took place
    ("Kosovo and Serbia agreed on Monday to a new border regime at a meeting in Brussels hosted by the EU's envoy.", "SRB", "XKX", "040", "asserted"),
    ("Eritrea and Djibouti agreed to free prisoners after talks in Doha brokered by Qatar.", "ERI", "DJI", "046", "asserted"),

    # a gerund after "after"/"before" is done by the clause's subject
    ("Turkey's president announced the deal after hosting Azerbaijan's president in Ankara.", "TURGOV", "AZEGOV", "043", "asserted"),

    # words that stand for several actors: a sector noun shared by a list of states, by "in"/"from"
    ("Lawmakers from Kenya and Uganda met in Arusha on Monday.", "KENLEG", "UGALEG", "040", "asserted"),
    ("The foreign ministers of India and Pakistan met in Astana.", "INDGOV", "PAKGOV", "040", "asserted"),
    ("Police in Lagos arrested two opposition activists.", "NGACOP", "NGAOPP", "173", "asserted"),
    ("Soldiers from Chad clashed with Sudanese troops on Sunday.", "TCDMIL", "SDNMIL", "190", "asserted"),
    # a second noun after "and" is the first one's country's; "former" makes an office-holder ELI
    ("Nigerian soldiers and police arrested 20 protesters in Abuja.", "NGACOP", "NGAOPP", "173", "asserted"),
    ("Former Nigerian President Olusegun Obasanjo criticised the government.", "NGAELI", "NGAGOV", "111", "asserted"),
    # a name's acronym in brackets is the name; a list the parser reads as an apposition is a list
    ("The Economic Community of West African States (ECOWAS) condemned the coup in Niger.", "ECOWAS", "NER", "111", "asserted"),
    ("Ghana, the Gambia, Senegal and Mali signed a trade agreement on Friday.", "SEN", "MLI", "057", "asserted"),
    # stepping up patrols shows force; siding with a party supports it; calling a deal an assault accuses
    ("Venezuela said it had stepped up patrols along the border with Guyana.", "VEN", "GUY", "150", "asserted"),
    ("Chile sided with Argentina in the fishing dispute.", "CHL", "ARG", "050", "asserted"),
    ("Bolivia's president called Chile's decision an assault on national sovereignty.", "BOLGOV", "CHL", "111", "asserted"),

    # standing with a party supports it; training another's forces cooperates; stones hurled riot
    ("Canada stands firmly with Denmark, the prime minister said.", "CAN", "DNK", "051", "asserted"),
    ("Turkey has trained Somali army officers since 2017.", "TUR", "SOMMIL", "062", "asserted"),
    ("In Tbilisi, demonstrators hurled stones at riot police outside parliament.", "GEOOPP", "GEOCOP", "145", "asserted"),

    # a currency's country is no party
    ("New Zealand pledged 20 million Australian dollars to Tonga on Tuesday.", "NZL", "TON", "033", "asserted"),

    # "a day after X did Y" sets the scene: X is no party of the clause's act
    ("Chad closed its border on Monday, a day after Sudan and Libya recalled their envoys from N'Djamena.", "TCD", None, "163", "asserted"),

    # review of 2026-12-06: a one-way talk keeps its target with several sources; a state followed
    # by "of" is still the state; a hostile act on a visit is not aimed at the host; a
    # present-tense relative clause on an act reports it; attending is no hosting; an authorised
    # sanction is imposed
    ("Kenya and Uganda held talks with China on Monday.", "UGA", "CHN", "046", "asserted"),
    ("The United Nations accused Myanmar of Rohingya genocide.", "UN", "MMR", "112", "asserted"),
    ("During a visit to Beijing, the Kenyan president condemned the coup in Niger.", "KENGOV", "NER", "111", "asserted"),
    ("A meeting attended by the foreign ministers of Iran and Iraq ended in Baghdad.", "IRQGOV", "IRNGOV", "040", "asserted"),
    ("The Security Council authorised sanctions against North Korea.", "UN", "PRK", "163", "asserted"),
    ("Hundreds of protesters stood with candles outside the Russian embassy in Warsaw.", None, None, None, None),

    ("Ukraine accused Russia of shelling Kherson, a charge Moscow denies.", "RUSGOV", "UKR", "016", "asserted"),

    ("Tanzania and Uganda signed an agreement to speed up work on the East African pipeline.", "UGA", "TZA", "057", "asserted"),

    # an arrest named without its doer is the place's authorities' (not an arrest warrant's)
    ("Morocco recalled its ambassador over the arrest in Madrid of a Moroccan consular official.", "ESPGOV", "MAR", "173", "asserted"),

    # a bench is a court
    ("DHAKA - A three-judge bench rejected the government's appeal on Monday.", "BGDJUD", "BGDGOV", "120", "asserted"),

    # people released with no releaser named: by whoever held them in the story
    ("Kazakh police detained four Uzbek traders on Monday. The traders were released on Thursday.", "KAZCOP", "UZBBUS", "0841", "asserted"),

    # who a demand asks for is not whom it asks
    ("China's embassy demanded consular access to three Chinese nationals.", "CHNGOV", None, "100", "asserted"),

    # "the arrests" told again is no new arrest
    ("PRISTINA - Kosovo police arrested three Serbs on Monday. The arrests came days after a clash at the crossing.", "XKXCOP", "SRB", "173", "asserted"),

    # a second verb the parser joins to a reported state is the reporter's act
    ("Kosovo's prime minister said the detained men were smugglers and demanded an apology from Belgrade.", "XKXGOV", "SRBGOV", "102", "asserted"),

    # a round of talks ended or concluded was held; talks ended with a party are broken off
    ("Delegations from Sudan and Chad ended a third round of talks in Doha on Tuesday.", "SDNGOV", "TCDGOV", "046", "asserted"),
    ("Russia ended talks with Ukraine.", "RUS", "UKR", "164", "asserted"),

    # troops or diplomats ordered out are expelled
    ("Burkina Faso's junta ordered French troops out of the country.", "BFAGOV", "FRAMIL", "166", "asserted"),

    # a border closed to a neighbour restricts its traffic as an embargo does; the target is whom it is closed to
    ("ASTANA - Kazakhstan temporarily closed the Khorgos crossing to Chinese trucks on Wednesday.", "KAZ", "CHN", "163", "asserted"),
    # a "by" phrase of a retaliation is the act itself
    ("Phnom Penh retaliated by banning imports of Thai fruit and vegetables.", "KHMGOV", "THA", "163", "asserted"),
    ("Moscow vowed to respond in kind.", "RUSGOV", None, "130", "asserted"),
    ("Montenegro expelled a Russian diplomat, and Moscow promised a response.", "RUSGOV", "MNE", "130", "asserted"),
    # an act with no target of its own, joined to another act, is between that act's parties
    ("Canada lifted its ban on Greenlandic shrimp imports on Friday after Nuuk agreed to stricter inspections.", "GRLGOV", "CAN", "030", "asserted"),
    # people of the source's own country the object names are the target ("a government arresting its own citizens")
    ("A Riga court convicted a Latvian man of spying for Russia's GRU on Tuesday.", "LVAJUD", "LVACVL", "116", "asserted"),
    # migrants come from elsewhere: never the rescuer's own
    ("Malta's armed forces rescued 63 migrants from a sinking dinghy south of the island on Wednesday.", "MLTMIL", "REF", "073", "asserted"),
    ("A Polish coast guard vessel rescued 11 crew members from a sinking Russian cargo ship off Bornholm.", "POLMIL", "RUS", "073", "asserted"),
    ("Miners at a copper mine in Mongolia went on strike on Monday.", "MNGLAB", "MNGGOV", "143", "asserted"),
    ("Workers at a shoe factory in Vietnam walked out on Monday.", "VNMLAB", "VNMGOV", "143", "asserted"),
    ("Namibia's president sent condolences to the people of Botswana after a bus crash.", "NAMGOV", "BWACVL", "018", "asserted"),
    ("Russia delivered two Mi-35 attack helicopters to Burkina Faso's air force last week.", "RUS", "BFAMIL", "072", "asserted"),
    # ten days of talks ended are talks held, not broken off
    ("The two governments signed a peace deal, ending months of talks.", None, None, None, None),
    # an object pronoun is never its own clause's state ("Bamako accused it": not Mali)
    ("Algeria closed its airspace to flights from Mali on Monday, a day after Bamako accused it of sponsoring terrorism.", "MLIGOV", "DZA", "112", "asserted"),
    # a participle after a parenthetical reporter is the reporter's
    ("Hackers knocked the websites of six Moldovan ministries offline on Monday, the government in Chisinau said, blaming the Kremlin for the attack.", "MDAGOV", "RUSGOV", "112", "asserted"),
    # a weather warning is a forecast, not a threat
    ("Mudslides swept through villages in Kyrgyzstan's Osh region, the emergencies ministry said, warning of more downpours.", None, None, None, None),
    # a capitalised word inside a name is no act ("Investigation")
    ("Sri Lanka's Criminal Investigation Department questioned the former minister on Friday.", None, None, None, None),
    # a title written before a name holds its office, also where the dictionary's roles ended early
    ("KATHMANDU (AP) - Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday.", "NPLGOV", "NPL", "0831", "asserted"),
    ("Hackers knocked the websites of six Moldovan ministries offline on Monday.", "CRM", "MDAGOV", "171", "asserted"),
    # "who praised the country": not its own subject's country
    ("BELGRADE - Serbia signed a deal to buy 12 Rafale fighter jets from France on Thursday during a visit by French President Emmanuel Macron, who praised the country for its foreign policy.", "FRAGOV", "SRB", "051", "asserted"),
    # (the cases are dated 2014-03-10: Trump was in no office then)
    ("Trump and Xi Jinping spoke by telephone on Tuesday.", "USAELI", "CHNGOV", "040", "asserted"),
    ("The European Union adopted its 20th package of sanctions against Russia on Friday.", "EU", "RUS", "163", "asserted"),
    ("Washington approved the sale of 48 F-35 jets to Saudi Arabia on Monday.", "USAGOV", "SAU", "072", "asserted"),
    ("Brussels froze 30 million euros in budget support to Niger.", "EU", "NER", "162", "asserted"),
    # a place travelled to is no country of the traveller's office
    ("The foreign minister arrived in Beijing on Monday.", "GOV", "CHNGOV", "042", "asserted"),
    # a purpose phrase on a clause is an occasion; on a noun it is none
    ("Pakistan's foreign minister Ishaq Dar is due in Riyadh on Thursday for talks with Saudi officials.", "PAKELI", "SAUGOV", "046", "asserted"),
    ("The Security Council backed Morocco's autonomy plan as the most feasible basis for talks on Western Sahara.", "UN", "MAR", "051", "asserted"),
    # "the decision", "the move": the other party of the act told before
    ("The European Union imposed tariffs on Chinese electric cars. Beijing condemned the decision.", "CHNGOV", "EU", "111", "asserted"),
    ("Pakistan denied the accusation.", "PAK", None, "016", "asserted"),
    ("The AU will send a mediation mission to Bissau.", "AU", "GNBGOV", "042", "future"),
    # not accepting, not recognising is refusing, in the past as for the future
    ("Hungary did not accept the proposal.", "HUN", None, "120", "asserted"),
    ("Kyiv said it would not accept European peacekeepers under Russian conditions.", "UKRGOV", "EUR", "120", "asserted"),
    # the source named again ("his first official foreign visit") is never its own target
    ("Kazakhstan's national security committee detained two Kazakh citizens on Saturday.", "KAZ", "KAZCVL", "173", "asserted"),
    # a strike with no striker named is no crowd's stoppage ("a string of lethal strikes" on boats)
    ("The U.S. military struck another small boat on Sunday, the latest in a string of lethal strikes that Venezuela's government has denounced.", "USAMIL", None, "190", "asserted"),
    ("The RSF shelled a displacement camp near El Fasher on Sunday.", "SDNUAF", "SDN", "194", "asserted"),
    # "the three juntas" are the three states named before, not the organisation they left
    ("Mali, Burkina Faso and Niger left ECOWAS in January. The three juntas condemned the bloc.", "MLI", "ECOWAS", "111", "asserted"),
    # a group word stands for the last list of as many parties, each a party of the act: not the
    # target named after the list, nor a list of another size
    ("Britain, France and Germany warned Tehran last month. The three countries reimposed sanctions on Iran.", "GBR", "IRN", "163", "asserted"),
    ("Britain, France and Germany warned Tehran last month. The three countries reimposed sanctions on Iran.", "DEU", "IRN", "163", "asserted"),
    ("Russia and China held joint naval drills. Japan protested to both countries on Friday.", "JPN", "RUS", "114", "asserted"),
    ("Thailand and Cambodia clashed along the border. Malaysia urged the two governments to resume talks.", "MYS", "KHM", "026", "asserted"),
    ("Ethiopia and Eritrea restored ties. The pair signed a peace agreement.", "ERI", "ETH", "057", "asserted"),
    ("Egypt, Qatar and the United States mediated talks. All three condemned Israel.", "QAT", "ISR", "111", "asserted"),
    ("Kenya, Tanzania and Uganda signed a customs pact, and the World Bank praised the three countries.", "WB", "UGA", "051", "asserted"),
    ("Kenya and Uganda signed a trade pact. Egypt urged the three countries to resume talks.", "EGY", None, "026", "asserted"),
    # "the pair of" is the pair; "a pair of envoys" is no group
    ("Kenya and Uganda signed a trade pact. Somalia accused the pair of arming rebels.", "SOM", "UGA", "112", "asserted"),
    ("Kenya and Uganda signed a trade pact. Somalia sent a pair of envoys to Nairobi.", "SOM", "KENGOV", "042", "asserted"),
    ("Britain, France and Germany triggered the snapback. The three countries were condemned by Iran.", "IRN", "DEU", "111", "asserted"),
    # a list of another size just named: "the two countries" are not the last two parties acting
    ("Iran, Russia and China held joint drills. Washington condemned the two countries.", "USAGOV", None, "111", "asserted"),
    # with no count, the list of this sentence or the one before, whatever its size; parties of
    # one country too
    ("Britain and France sent troops to Estonia. The allies condemned Russia.", "FRA", "RUS", "111", "asserted"),
    ("Sudan's army and the RSF clashed in Darfur. The United Nations urged all sides to stop the fighting.", "UN", "SDNUAF", "025", "asserted"),
    # in the object's phrase; the source's own list is not the group
    ("Russia and China held joint naval drills. Japan imposed sanctions on both countries.", "JPN", "CHN", "163", "asserted"),
    ("Russia and China flew joint bomber patrols on Tuesday. South Korea and Japan scrambled jets, and Seoul summoned the ambassadors of both countries.", "KORGOV", "RUS", "114", "asserted"),
    # a grouping of states with no organisation of its own is each of them
    ("Iran condemned the E3 for triggering the snapback.", "IRN", "FRA", "111", "asserted"),
    ("The Quad criticised Beijing's coast guard.", "AUS", "CHNMIL", "111", "asserted"),
    ("Turkmenistan became the first Central Asian state to accept the credentials of a Taliban-appointed ambassador.", "TKM", "AFGINS", "054", "asserted"),
    # a command to one's own forces is no relation between actors; forces put on alert at home aim at no one
    ("CARACAS - Venezuelan President Nicolas Maduro ordered the navy to escort oil tankers and placed 15,000 troops on alert along the coast.", "VENGOV", None, "152", "asserted"),
    # a denied act did not happen; what is proposed is not done
    ("The UAE denies supplying weapons to the RSF.", "ARE", "SDNUAF", "072", "negated"),
    ("Burhan rejected a proposal for a humanitarian truce put forward by Washington and Cairo.", "SDNELI", "USAGOV", "120", "asserted"),
    # who urges "both sides" is none of them, nor is the name in apposition to it
    ("The United Nations envoy for Sudan, Ramtane Lamamra, urged both sides to return to talks in Jeddah.", "UN", None, "020", "asserted"),
    ("Washington added 42 Chinese companies to its entity list on Friday.", "USAGOV", "CHNBUS", "163", "asserted"),
    ("Beijing said it would restrict exports of rare earths to U.S. defence contractors.", "CHNGOV", "USA", "163", "future"),
    # an untitled institution a state's report names is the reporting state's
    ("Kyrgyzstan's state security service said a hacker group based in Kazakhstan had attacked the central election commission's website.", "KAZCRM", "KGZGOV", "171", "asserted"),
    ("Cuban state media said on Tuesday that hackers had broken into the servers of the state telecom company.", "CRM", "CUBBUS", "171", "asserted"),
    # an untitled government office acting on a country is the other country's the sentence names
    ("A Bangladeshi tribunal sentenced Sheikh Hasina to death in absentia on Monday, and the interim government again asked India to extradite her.", "BGDGOV", "IND", "021", "asserted"),
    # what is published or let out is no captive
    ("Hackers took control of a dam valve in western Norway, releasing water at full capacity.", None, None, None, None),
    # territories with their own ISO code are their own actors
    ("France and New Caledonia's pro-independence and loyalist parties agreed on Saturday near Paris to create a State of New Caledonia.", "FRA", "NCL", "030", "asserted"),
    # "the drills", "the sale" stand for the act told before: its doer is the target
    ("The Chinese army staged large-scale drills around Taiwan on Monday. Tokyo condemned the drills as destabilising.", "JPNGOV", "CHNMIL", "111", "asserted"),
    ("The United States approved a $700 million sale of missiles to Taiwan. Beijing condemned the sale.", "CHNGOV", "USA", "111", "asserted"),
    # a hostile act a state reports, with no victim named, was done to that state
    ("Tonga's government said on Monday that a ransomware gang operating from Russia had stolen the health records of thousands of patients.", "RUSCRM", "TON", "171", "asserted"),
    # a seat city names its host country's government where the sentence names that country
    ("Rwanda cut diplomatic ties with Belgium on Monday, accusing Brussels of taking sides in the war in eastern Congo.", "RWA", "BELGOV", "112", "asserted"),
    ("Hungary accused Brussels of blackmail.", "HUN", "EU", "112", "asserted"),
    # what an act told is called judges whoever did it; "call a strike" is no judgement
    ("Estonia banned Russian trucks from its roads on Friday, and Moscow called the move an act of hostility.", "RUSGOV", "EST", "111", "asserted"),
    ("A Zambian court sentenced opposition leader John Banda to two years in prison on Monday, a verdict his party called a political vendetta.", "ZMBOPP", "ZMBJUD", "111", "asserted"),
    ("Chile released two Bolivian truck drivers on Sunday, and La Paz called the gesture an important step.", "BOLGOV", "CHL", "051", "asserted"),
    ("Norway accused a Russian trawler of cutting a cable, and Moscow called the allegation baseless.", "RUSGOV", "NOR", "016", "asserted"),
    ("Peru's transport union called a general strike for Monday.", "PER", "PERGOV", "143", "asserted"),
    # ... in a clause on a person, or a participle after "X said": still whoever did the act
    ("Serbia closed two border crossings with Kosovo, drawing criticism from the EU envoy Anna Kovacs, who called the closure unjustified.", "EU", "SRB", "111", "asserted"),
    # a name whose title an organisation owns speaks for it, wherever the story is filed
    ("VIENNA - Iran has stopped two inspectors from entering a reactor, the U.N. nuclear watchdog's chief Rafael Grossi said on Monday, calling the move a serious blow.", "UN", "IRN", "111", "asserted"),
    # a truce the clause only dates ("after any ceasefire in South Sudan") is none of its parties'
    ("Kenya and Uganda discussed a joint border force for the region after any ceasefire in South Sudan.", "KEN", "UGA", "040", "asserted"),
    # a crowd storming another country's embassy attacks that country; blocking its ship protests
    ("Protesters in Dhaka attacked the Indian embassy on Friday.", "BGDOPP", "INDGOV", "190", "asserted"),
    ("Dockworkers in Antwerp blocked an Israeli cargo ship on Tuesday.", "BELLAB", "ISR", "144", "asserted"),
    # declaring a diplomat persona non grata, ordering a liaison officer out: expulsions of diplomats
    ("Ghana declared a Togolese embassy attaché persona non grata on Friday.", "GHA", "TGOGOV", "161", "asserted"),
    ("Samoa ordered an Australian police liaison officer to leave the country within a week.", "WSM", "AUSCOP", "161", "asserted"),
    # the people a state's forces kill or rescue are not its own; those rebels kill at home are
    ("Russian forces shelled the city of Zaporizhzhia on Monday, killing two civilians.", "RUSMIL", "UKRCVL", "180", "asserted"),
    ("South African helicopter crews rescued 120 people stranded by floods in southern Malawi on Friday.", "ZAF", "MWI", "073", "asserted"),
    ("Rebels in Darfur killed 40 civilians on Sunday.", "SDNREB", "SDNCVL", "180", "asserted"),
    # the dateline places a state army's attack at home only where the sentence names no other country
    ("ISLAMABAD - Pakistani troops shelled positions across the frontier on Monday, a day after Afghanistan closed the Torkham crossing.", "AFG", "PAK", "163", "asserted"),
    ("KHARTOUM - Sudanese army jets bombed a market on Monday, killing 40 people.", "SDNMIL", "SDN", "195", "asserted"),
    # the warrant an arrest is made on accuses whom it arrests, by whoever issued it
    ("Italian police detained a Libyan militia commander in Turin on Sunday on a warrant from the International Criminal Court.", "ICC", "LBYUAF", "112", "asserted"),
    ("A former Congolese rebel leader was arrested in Brussels on Monday on an International Criminal Court warrant.", "ICC", "CODREB", "112", "asserted"),
    # a participle of reaction with no subject of its own is said of the act above it
    ("A Belarusian court sentenced a journalist to five years in prison on Friday, the state news agency said, drawing condemnation from Amnesty International.", "NGO", "BLRJUD", "111", "asserted"),
    # parties named together freeing people of no named country free them to each other; a ship is no one's
    ("Armenia and Azerbaijan each freed 30 soldiers and five civilians on Thursday in a swap mediated by Georgia.", "ARM", "AZE", "0841", "asserted"),
    ("Kenya and Uganda freed 40 Somali fishermen on Thursday.", "UGA", "SOM", "0841", "asserted"),
    ("Canadian and U.S. coast guard icebreakers freed a cargo ship trapped in ice on Sunday.", "CAN", None, "0841", "asserted"),
    # "it" in what a ministry says it did is the ministry (not a person: "Russia's" is its possessive)
    ("Russia's Defence Ministry said it had downed 57 Ukrainian drones over its territory overnight.", "RUSMIL", "UKR", "195", "asserted"),
    # hitting a target attacks it; hitting a country with tariffs sanctions it; a storm is no actor
    ("Ukraine's military said on Monday it had hit a Russian ammunition depot near Luhansk.", "UKRMIL", "RUS", "190", "asserted"),
    ("Washington hit Beijing with new tariffs on Friday.", "USAGOV", "CHNGOV", "163", "asserted"),
    ("A powerful typhoon hit the Philippines on Sunday.", None, None, None, None),
    ("Russian missiles hit energy facilities across Ukraine on Friday.", "RUS", "UKR", "190", "asserted"),
    # a place in a passive agent's phrase is where, not who
    ("Toyota reported a 20% fall in quarterly profit on Wednesday, hit by weaker sales in the United States.", None, None, None, None),
    # speaking a language is no meeting
    ("Unlike most of their colleagues, Belarusian diplomats are able to speak the Belarusian language.", None, None, None, None),
    # "along the border with Cambodia" names whom a closure or a clash is aimed at
    ("Laos closed all crossings along its border with Vietnam on Monday.", "LAO", "VNM", "163", "asserted"),
    # a strike on someone attacks them; a strike on Monday is a stoppage
    ("Egypt condemned Israel's strike on Hamas officials in Beirut on Friday.", "ISR", "PSEINS", "190", "asserted"),
    ("Kenyan teachers began a strike on Monday over pay.", "KENEDU", "KEN", "143", "asserted"),
    # removing a tariff eases it; ending days of war ends the war, not talks
    ("Washington removed the 25 percent tariff on Indian steel on Thursday.", "USAGOV", "IND", "085", "asserted"),
    # what a state or its army does by "strike" attacks; a court striking down a law rejects it
    ("Israeli strikes killed hundreds of people in Iran.", "ISR", "IRNCVL", "180", "asserted"),
    # verbs of the sea keyed on the kind of object: a vessel chased, rammed, turned back or
    # shadowed is its country's ("chased a deal" is none); a boat of no named country is no one's
    ("A Vietnamese patrol boat chased away a Chinese fishing flotilla near the Paracels.", "VNM", "CHN", "170", "asserted"),
    ("Beijing chased a trade deal with Hanoi for months.", None, None, None, None),
    ("A Turkish coast guard cutter rammed a Greek fishing boat off Lesbos.", "TUR", "GRC", "171", "asserted"),
    ("The Chinese coast guard rammed a supply boat near the shoal.", "CHN", None, "171", "asserted"),
    ("The Greek navy turned back a Turkish survey ship near Crete.", "GRC", "TUR", "191", "asserted"),
    # (turning back a reform blocks no one; the protests before it are the country's crowd's)
    ("The Greek government turned back the reform after protests.", "GRCOPP", "GRCGOV", "140", "asserted"),
    ("A Russian corvette shadowed a Dutch frigate in the North Sea.", "RUS", "NLD", "150", "asserted"),
    ("Finnish police boarded the Panama-flagged tanker Polar Star in the Baltic.", "FIN", "PAN", "191", "asserted"),
    ("The Indonesian navy fired warning shots at a Vietnamese trawler off Natuna.", "IDN", "VNM", "170", "asserted"),
    # missiles fired or launched at no one named, tests: shows of force, not assaults
    ("North Korea fired two ballistic missiles into the sea on Sunday.", "PRK", None, "150", "asserted"),
    ("North Korea fired two ballistic missiles at a South Korean island.", "PRK", "KOR", "195", "asserted"),
    ("Iran test-fired a new cruise missile on Friday.", "IRN", None, "150", "asserted"),
    ("Pakistan launched a ballistic missile off its southern coast.", "PAK", None, "150", "asserted"),
    ("North Korea conducted its seventh nuclear test.", "PRK", None, "150", "asserted"),
    # ... but a missile aimed at something, or one that kills, is an attack whoever it hit
    ("Azerbaijani forces fired rockets at hilltop positions overnight.", "AZE", None, "195", "asserted"),
    ("Russia fired missiles at dawn, killing nine people in Odesa.", "RUS", "UKR", "180", "asserted"),
    ("Rebels fired rockets at the airport in Juba, the South Sudanese government said.", "SSDREB", "SSD", "195", "asserted"),
    # forces moved, also with no object or by no one named; forces a capital orders are its own
    ("Armenian troops moved to the border on Friday.", "ARM", None, "154", "asserted"),
    ("Azerbaijani troops have been moved to the frontier.", "AZE", None, "154", "asserted"),
    ("Prices moved higher after the announcement.", None, None, None, None),
    ("Tokyo ordered the navy to send two destroyers to the strait.", "JPN", None, "150", "asserted"),
    # what an act was, said of it, accuses its doer when the text gives the doer
    ("Moldova held a referendum on Sunday, and Moscow said the vote was a sham.", "RUSGOV", "MDA", "111", "asserted"),
    ("Japan said China's missile launch was a grave provocation.", "JPN", "CHN", "111", "asserted"),
    ("Moscow said the referendum was a sham.", None, None, None, None),
    ("The storm was a disaster for the islands, Manila said.", None, None, None, None),
    # ... a copula whose subject names no act says nothing of one: the noun after it is the act
    ("The explosion was a Russian missile attack on Kyiv, officials said.", "RUS", "UKR", "195", "asserted"),
    # a participle on a reported clause that acts on that clause's own subject is the reporter's
    ("Laos said Vietnam had not yet returned 12 Lao fishermen, accusing Hanoi of breaking the border accord.", "LAO", "VNMGOV", "112", "asserted"),
    # an organisation's seat over a lead about organisations alone places no one in the host country
    ("STRASBOURG - Far-right lawmakers accused the European Commission on Thursday of sidelining the European Parliament.", "LEG", "EU", "112", "asserted"),
    ("VIENNA - Police detained 12 climate activists outside the parliament on Tuesday.", "AUTCOP", "AUTOPP", "173", "asserted"),
    # a relative pronoun object stands for the noun the clause hangs on
    ("Opposition leader Ana Ruiz accused the electoral court of favouring her rival Pedro Mena, whom the Brazilian president had endorsed.", "BRAGOV", "BRA", "051", "asserted"),
    # parties named together end a war with each other
    ("Armenia and Azerbaijan said they had stopped firing, ending four days of war.", "ARM", "AZE", "0871", "asserted"),
    # a show of force with no target answers the last hostile act aimed at its source's country
    ("China's navy began live-fire drills around Taiwan on Monday, and Taiwan put its forces on high alert.", "TWN", "CHNMIL", "152", "asserted"),
    # a name whose title a state or an organisation owns speaks for it, wherever the story is filed
    ("ISLAMABAD - Zabihullah Mujahid, the Taliban government's chief spokesman, accused Pakistan of violating Afghan airspace.", "AFG", "PAK", "112", "asserted"),
    ("VIENNA - Mariano Delgado, the IAEA's director general, accused Iran of blocking inspectors.", "IAEA", "IRN", "112", "asserted"),
    # "the decision", "the seizure", "the closure" in a later sentence stand for the act told before
    ("Finland seized a Russian-crewed tanker on Wednesday. Moscow denounced the seizure.", "RUSGOV", "FIN", "111", "asserted"),
    ("Colombia suspended talks with the ELN on Monday. Venezuela welcomed the decision.", "VEN", "COL", "051", "asserted"),
    # a threat's condition is what it says: the threat is made
    ("Ankara threatened military action on Monday if Syrian forces did not withdraw from Manbij.", "TURGOV", "SYRMIL", "130", "asserted"),
    # capturing people seizes them, capturing a village fights; vowing to dismantle militias threatens them
    ("The Colombian army captured two ELN commanders on Sunday.", "COLMIL", "COLREB", "173", "asserted"),
    ("Libya's government vowed to dismantle the militias.", "LBYGOV", "LBYUAF", "137", "asserted"),
    # "Title, Name, verbed …" parsed with the title as root: the verb is still the title's
    ("The EU's foreign policy chief, Kaja Kallas, called on Serbia and Kosovo to show restraint.", "EU", "SRB", "020", "asserted"),
    # a place inside a gathering's phrase is where it met, not whom the act hits
    ("The African Union approved new sanctions at a summit in Addis Ababa on Sunday.", "AU", None, "163", "asserted"),
    # a body suspending a member sanctions it; a court suspending a minister from duty coerces;
    # becoming a member accedes
    ("The African Union suspended Gabon on Wednesday after the army seized power.", "AU", "GAB", "160", "asserted"),
    ("Peru's Constitutional Court suspended the interior minister from office on Tuesday.", "PERJUD", "PERGOV", "172", "asserted"),
    ("Finland formally became NATO's 31st member on Tuesday.", "FIN", "NATO", "057", "asserted"),
    # joining an organisation accedes; joining people or protests is no accession
    ("Finland joined NATO in April 2023.", "FIN", "NATO", "057", "asserted"),
    ("Rescue teams from Azerbaijan joined Georgian emergency workers on Sunday.", None, None, None, None),
    # a complement's target is not read with the frame: asking to join is a plain appeal
    ("Washington urged Kyiv to join NATO.", "USAGOV", "UKRGOV", "020", "asserted"),
    # forces arriving somewhere are deployed: peacekeepers and police aid the host, troops mobilise;
    # an envoy arriving visits
    ("Nepalese peacekeepers arrived in Lebanon on Thursday.", "NPLMIL", "LBN", "074", "asserted"),
    ("A battalion of Turkish troops arrived in Azerbaijan for the drills.", "TURMIL", "AZE", "154", "asserted"),
    ("Uruguay's foreign minister arrived in Brasilia on Monday.", "URYGOV", "BRA", "042", "asserted"),
    # the word before -made, -controlled, -held names whose the thing is
    ("Kenya banned imports of Ugandan-made sugar on Tuesday.", "KEN", "UGA", "163", "asserted"),
    ("Government jets bombed rebel-held villages in Darfur.", "SDNGOV", "SDNREB", "195", "asserted"),
    # a seized ship is its flag's: with none named, the act has no target (not the seizer's country)
    ("Swedish coast guards boarded and seized the freighter Baltic Star on Friday.", "SWE", None, "171", "asserted"),
    ("Iran seized a Liberian-flagged tanker in the Gulf of Oman.", "IRN", "LBR", "171", "asserted"),
    # "it" after a thing acted on is that thing, and so whose the thing is, if anyone's
    ("Iran seized a Greek tanker on Friday, accusing it of smuggling fuel.", "IRN", "GRC", "112", "asserted"),
    ("Iran's navy seized a foreign tanker near Oman on Friday, accusing it of smuggling fuel.", "IRNMIL", None, "112", "asserted"),
    # a name's apposition that a country qualifies places it, wherever the story is filed
    ("NAIROBI - Lena Holm, a Swedish diplomat, criticised Ethiopia's government on Friday.", "SWEGOV", "ETHGOV", "111", "asserted"),
    ("NAIROBI - Lena Holm, a critic of the Swedish government, criticised Ethiopia's government on Friday.", "KEN", "ETHGOV", "111", "asserted"),
    # armed groups of the 2020s news are their country's
    ("GOMA - M23 fighters shelled army positions near Sake on Tuesday.", "CODREB", "CODMIL", "194", "asserted"),
    # a title is held by one person: "he" and "she" after it stand for its holder
    ("Chile's foreign minister said she would visit Lima next week.", "CHLGOV", "PERGOV", "042", "future"),
    # a reported "would" on a verb governing the act is a plan, not a guess
    ("Hanoi said Tokyo would keep urging Beijing to show restraint.", "JPNGOV", "CHNGOV", "020", "future"),
    # halting an act undoes it
    ("Ecuador said it would halt the release of 12 Colombian prisoners.", "ECU", "COL", "0841", "negated"),
    # a town the small model tags as a person is still a place after a place preposition
    ("DOHA - Rebel fighters attacked army positions near Goma on Saturday.", "CODREB", "CODMIL", "190", "asserted"),
    # a stative participle describes the people it hangs on; it reports no act
    ("Hundreds of people opposed to the dam marched through La Paz.", "BOLCVL", "BOLGOV", "141", "asserted"),
    # an appeal to the source's own people is aimed at them, not at the place they are told to leave
    ("The British embassy urged its citizens to leave Niger at once.", "GBRGOV", "GBRCVL", "020", "asserted"),
    # who hurt someone in a fight with no agent named is the other side of the fight
    ("A student was shot dead during clashes with police in Nairobi on Tuesday.", "KENCOP", "KENEDU", "190", "asserted"),
    ("A police officer was wounded in clashes with protesters in Dhaka.", "BGDOPP", "BGDCOP", "180", "asserted"),
    # an act told as the time of another ("since last month's invasion") is background: no act of the
    # story, and so aimed at no one, the reporter least
    ("Ghana has sheltered two Togolese officers in its embassy since last month's Burkinabe incursion, the Ghanaian embassy said.",
     "GHA", "TGOCOP", "075", "asserted"),
    # two titled names joined by "and", which the small model hangs one on the other: both act
    ("Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva met in Brasilia on Wednesday.",
     "CHNGOV", "BRAGOV", "040", "asserted"),
    ("French President Emmanuel Macron and German Chancellor Friedrich Merz criticised Hungary on Monday.",
     "FRAGOV", "HUN", "111", "asserted"),
    # a relative clause on a sector noun tells another act: it does not say whose the noun is
    ("Gunmen who kidnapped a Korean engineer have released him, police said.", "UAF", "KOR", "181", "asserted"),
    # whom one telephones or visits is no doer of the purpose
    ("Boric telephoned Petro on Monday to offer his condolences.", "CHLELI", "COLGOV", "018", "asserted"),
    # a finite verb the parser hangs on an infinitive is the governing verb's conjunct, with its subject
    ("The OAS urged the two parties to negotiate and called on Peru to free the detainees.", "OAS", "PER", "020", "asserted"),
    # a coup coerces the country; "the attempt", "the coup bid" later name the act tried before
    ("LOME - A group of army officers attempted a coup in Togo on Monday. The African Union condemned the attempt.",
     "AU", "TGOMIL", "111", "asserted"),
    # only a state, its government or its forces command its army: rebels demanding it stop are a side
    ("The Kachin Independence Army demanded that the military halt air strikes on Laiza.", "MMRREB", "MMR", "100", "asserted"),
    # a country named only in a clause describing a place places no one
    ("Rebels shelled an army base near Kyaukphyu, where China is building a port.", "REB", "MIL", "194", "asserted"),
    # "its" on a part of a country (a state, a province, a base) is the subject's own
    ("Washington said it was watching closely. Colombia deployed more troops to its eastern province of Arauca.", "COL", None, "150", "asserted"),
    # talks named through a measure of them ("after two days of talks") are the clause's subjects'
    ("Sudan's army and the RSF agreed on a truce after three days of talks in Jeddah.", "SDNMIL", "SDNUAF", "046", "asserted"),
    # "pressed ahead with" goes on; it demands nothing
    ("Hamas pressed ahead with the handover of bodies on Monday.", None, None, None, None),
    # a protest note sent, handed or delivered is a formal complaint
    ("Seoul sent a protest letter to Tokyo on Tuesday.", "KORGOV", "JPNGOV", "114", "asserted"),
    ("Beijing handed a protest note to the Philippine ambassador on Friday.", "CHNGOV", "PHLGOV", "114", "asserted"),
    # "the group" is the last armed group or movement named; "he" after its titled spokesman is him
    ("Hamas spokesman Hazem Qassem said the group had handed over two bodies, and he accused Israel of delaying aid.",
     "PSEINS", "ISR", "112", "asserted"),
    # what is waited for ("until the group frees the hostages") has not happened
    ("Bogota will not resume talks with the ELN until the group frees all hostages.", "COLREB", "COL", "0841", "hypothetical"),
    # forces a command verb acts on are the commander's, not the dateline's; ordering them into a
    # country deploys them; ordering them to withdraw from it retreats
    ("COTONOU - Tinubu ordered air force jets into Beninese airspace on Sunday.", "NGAELI", "BEN", "154", "asserted"),
    ("Trump ordered troops to withdraw from Syria.", "USAELI", "SYR", "0874", "asserted"),
    # "the ruling" of one's own country's court answers the court, another actor of that country
    ("LIMA - A court sentenced former president Pedro Castillo to 11 years in prison on Thursday. Castillo rejected the ruling.",
     "PERELI", "PERJUD", "120", "asserted"),
    # offering support is a word of support
    ("Madrid offered Kyiv its full support on Tuesday.", "ESPGOV", "UKRGOV", "051", "asserted"),
    # forcing a leader or a government out of power coerces; defying an order rejects it
    ("Mutinous officers in Niamey dissolved the government and suspended the constitution.", "NERCOP", "NERGOV", "172", "asserted"),
    ("The army toppled Gabon's president in August 2023.", "MIL", "GABGOV", "172", "asserted"),
    ("Venezuela ignored the court's order to withdraw its troops.", "VEN", "VENJUD", "128", "asserted"),
    # judges and gangs are actors; "to judge" is a verb
    ("A judge in Quito jailed the former vice president for six years on Monday.", "ECUJUD", "ECUELI", "173", "asserted"),
    ("Gang members released two Canadian nurses near Port-au-Prince on Sunday.", "HTICRM", "CAN", "0841", "asserted"),
    # the owner of a common-noun title before a name speaks through it, wherever the story is filed
    ("CHISINAU - EU energy commissioner Dan Jorgensen praised Moldova's reforms on Monday.", "EU", "MDA", "051", "asserted"),
    # a denial with no target named answers the last accusation aimed at its country
    ("Kabul accused Pakistan of bombing a market in Khost, a charge Islamabad denied.", "PAKGOV", "AFG", "016", "asserted"),
    # a thing named with its country and again with "the" is that country's
    ("Chinese coast guard ships blocked a Philippine supply boat on Sunday. A Chinese ship later rammed the boat.",
     "CHN", "PHL", "171", "asserted"),
    # voicing concern says what expressing it does; stopping gas deliveries cuts supply; a grant aids
    ("Cairo voiced concern over Ethiopia's dam on Monday.", "EGYGOV", "ETH", "111", "asserted"),
    ("Gazprom stopped gas deliveries to Moldova on Wednesday.", "RUSBUS", "MDA", "163", "asserted"),
    # (an announced grant is pledged, as the news sets code announced aid: AGREE)
    ("Japan announced a grant of 20 million dollars to Sri Lanka on Friday.", "JPN", "LKA", "033", "asserted"),
    # parties named together restore relations with each other
    ("Ethiopia and Somalia restored diplomatic relations on Thursday.", "SOM", "ETH", "050", "asserted"),
    # renewing or extending a deal keeps an agreement; declining to renew it rejects it
    ("Moldova declined to renew the gas contract with Gazprom on Tuesday.", "MDA", "RUSBUS", "127", "asserted"),
    ("Armenia and Azerbaijan extended the truce by 30 days.", "ARM", "AZE", "057", "asserted"),
    # forces a state's report tells acting are the reporting state's, not the dateline's
    ("KYIV - Russia's defence ministry said troops had captured two villages near Pokrovsk.", "RUSMIL", "UKR", "190", "asserted"),
    # a dual national is a party of each country; "U.S.-Russian talks" are both countries'
    ("Algeria pardoned French-Algerian writer Yacine Sansal on Wednesday.", "DZA", "FRA", "0841", "asserted"),
    ("U.S.-Russian talks in Riyadh ended on Tuesday.", "USA", "RUS", "046", "asserted"),
    # "the agreement" told later is both its parties'
    ("Ethiopia and Somalia signed a deal in Ankara on Thursday. The African Union welcomed the agreement.", "AU", "ETH", "051", "asserted"),
    # people linked to what a country's adjective qualifies are that country's, also when the small
    # model makes "linked" the root; a hostile act with no victim named hits the reporting state
    ("ACCRA - Hackers linked to a Nigerian fraud ring broke into the payroll system of Ghana's finance ministry.",
     "NGACRM", "GHAGOV", "171", "asserted"),
    ("TIRANA - Hackers linked to Iran's intelligence ministry attacked the computer systems of the Tirana municipality, Albania's cyber security authority said.",
     "IRNCRM", "ALB", "171", "asserted"),
    ("Nicosia blamed hackers based in Turkey for the attack on its airports.", "CYPGOV", "TURCRM", "112", "asserted"),
    # what a claim says ("claims that Russia was preparing to attack NATO") is not asserted
    ("Moscow rejected claims by Berlin that Russia was preparing to attack NATO.", "RUS", "NATO", "1384", "hypothetical"),
    # why an authority arrests ("over the use of funds for a trip to London") is no target
    ("Peruvian police arrested former president Martin Vizcarra over bribes paid for a hospital contract in Madrid.",
     "PERCOP", "PERELI", "173", "asserted"),
    # where a gathering of people from anywhere met places none of them, and a name paired with
    # another country's party is not that country's
    ("Kenya and Somalia agreed on a border deal after talks in Geneva between Jonas Mwangi and Somali officials.",
     "UNK", "SOMGOV", "046", "asserted"),
    # a city the gazetteer knows places people based in it
    ("Cuban state media said hackers based in Miami had broken into the servers of the state telecoms company.",
     "USACRM", "CUBBUS", "171", "asserted"),
    # a dateline in accented capitals
    ("MALÉ, Maldives — The Anti-Corruption Commission opened an investigation into the harbour contract on Tuesday.", "MDV", "MDV", "090", "asserted"),
    # a ship's name is no actor, and "on suspicion that …" is why, not whom
    ("OSLO - Norwegian police boarded and seized the freighter Nordic Star on Friday on suspicion that it had cut a cable.",
     "NORCOP", None, "171", "asserted"),
    # what an act is done in spite of is no party of it
    ("Officials in Kyiv said Russia had refused to hand over 40 prisoners despite Qatar's offer to mediate.", "RUS", "UKR", "120", "asserted"),
    # the story's parties: named together in the lead (a list, or the two parties of its first act),
    # "between" whom something happens, or acting both ways; a counted group with no later list of
    # its size stands for them, not for the last people named
    ("Ghana suspended a fishing accord with Togo on Monday. Nigeria had threatened to cut aid to both countries.", "NGA", "TGO", "1311", "asserted"),
    ("Ghana suspended a fishing accord with Togo on Monday. Ghana's president wrote to Benin's president. The Nigerian leader later spoke to both leaders by phone.", "NGAGOV", "TGO", "040", "asserted"),
    ("The rulers of Chad, Sudan and Libya formed a security pact. Egypt said it was ready to meet the three leaders.", "EGY", "LBY", "036", "asserted"),
    ("The UN said on Monday it was worried. Armenia's foreign ministry issued a statement. Talks between Armenia and Azerbaijan collapsed on Tuesday. The EU urged all sides to return to the table.", "EU", "AZE", "020", "asserted"),
    ("Ghana suspended a fishing accord with Togo on Monday. Benin and Niger signed a border treaty on Tuesday. Nigeria praised both countries.", "NGA", "NER", "051", "asserted"),
    # the parties the group's own sentence names come before the story's; a conjunct act goes on
    # with the group ("spoke to both leaders and urged restraint")
    ("Ghana suspended a fishing accord with Togo on Monday. Ghana's president met Benin's president in Accra, and the two leaders agreed to reopen the border.", "BENGOV", "GHAGOV", "035", "asserted"),
    ("Thailand suspended a border accord with Cambodia on Monday. Anwar had spoken to both leaders by phone and urged restraint.", "MYSELI", "KHM", "020", "asserted"),
    # "both sides" are the story's parties before a list named since; "both countries" the last list
    ("Israeli jets struck villages in southern Lebanon on Monday. Lebanon's president called on Washington and Paris to restrain Israel. The UN force said it had urged both sides to show restraint.", "UN", "ISR", "020", "asserted"),
    ("Russia and China held joint naval drills. Japan protested to Britain and France on Monday. Seoul summoned the envoys of both countries.", "KORGOV", "GBR", "114", "asserted"),
    # "between" a group: the group's parties
    ("Pakistan accused Afghanistan of sheltering militants on Monday. Talks between the two neighbours collapsed on Friday.", "AFG", "PAK", "046", "asserted"),
    ("Ethiopia accused Eritrea of arming rebels on Tuesday. Saudi Arabia, which brokered a peace deal between the two countries in 2018, sent an envoy to Asmara.", "SAU", "ETH", "045", "asserted"),
    # who brokers between two sides is none of them; a host may be one
    ("Kenya hosted the presidents of Uganda and Tanzania in Nairobi on Monday. Kenya, Uganda and Tanzania later signed a customs pact. Rwanda praised the three countries.", "RWA", "KEN", "051", "asserted"),
    ("Qatar and the United States brokered a truce between Rwanda and Congo on Sunday. A Kenyan envoy praised the two delegations.", "KENGOV", "COD", "051", "asserted"),
    # no list of the group's size, no sides known: nothing is guessed
    ("Ghana suspended a fishing accord with Togo on Monday. Nigeria urged the three countries to talk.", "GHA", "TGO", "160", "asserted"),
    ("Canada praised the Peruvian police, and the OAS called on all sides to refrain from violence.", "CAN", "PERCOP", "051", "asserted"),
    # a plural pronoun with no plural antecedent in its sentence stands for the last list named,
    # unless plural people were named since; one with a plural antecedent is that
    ("Eritrea, Sudan and Libya left the regional bloc in March. The African Union invited them to return.", "AU", "ERI", "020", "asserted"),
    ("Ethiopia and Eritrea clashed on the border, and the UN urged them to talk.", "UN", "ETH", "026", "asserted"),
    ("Ethiopia and Eritrea signed a deal on Monday. They agreed to reopen the border.", "ETH", "ERI", "035", "asserted"),
    ("Ethiopia and Eritrea signed a deal on Monday. Egyptian students protested in Cairo. They condemned the deal.", "EGYEDU", "ERI", "111", "asserted"),
    ("Eritrea, Sudan and Libya left the regional bloc in March. The African Union, which Egypt criticised, invited them to return.", "AU", "LBY", "020", "asserted"),
    ("Eritrea, Sudan and Libya left the regional bloc in March. Egyptian students marched in Cairo on Friday. The police dispersed them.", "EGYEDU", "EGYGOV", "141", "asserted"),
    # a relative clause's noun fills the gap it leaves: the object (which/whom/that or no pronoun),
    # the owner of the object (whose); a clause that only describes codes nothing
    ("Georgia, which Russian jets bombed on Monday, appealed to the United Nations.", "RUS", "GEO", "195", "asserted"),
    ("Kosovo protesters marched against Serbia, which they accuse of stoking unrest.", "XKXOPP", "SRB", "112", "asserted"),
    ("Kosovo protesters marched against lawmakers they accuse of corruption.", "XKXOPP", "XKXLEG", "112", "asserted"),
    ("Estonia, whose diplomats Moscow expelled in May, recalled its ambassador.", "RUSGOV", "EST", "161", "asserted"),
    # ... also when the parser reads the owned noun as the subject and the subject as its apposition
    ("Russia, whose troops Ukraine attacked on Monday, protested.", "UKR", "RUS", "190", "asserted"),
    ("France, whose president Emmanuel Macron visited Kyiv on Monday, praised Ukraine.", "FRA", "UKRGOV", "042", "asserted"),
    ("Russia's foreign minister, who visited Minsk on Monday, praised Lukashenka.", "RUSGOV", "BLRGOV", "042", "asserted"),
    ("The town, which lies on the Serbian border, was quiet.", None, None, None, None),
    ("Azerbaijan condemned the militia Armenia supports.", "AZE", "ARM", "111", "asserted"),
    ("Kenyan police detained Somali refugees, whom officials blame for the attacks.", "KENCOP", "SOMREF", "173", "asserted"),
    # leaving or rejoining an organisation named as the object; a city left is no organisation
    ("Moldova left the CIS in 2023.", "MDA", "CIS", "161", "asserted"),
    ("The CIS, which Moldova left last year, met in Minsk.", "MDA", "CIS", "161", "asserted"),
    ("Moldova said it would never rejoin the CIS.", "MDA", "CIS", "127", "asserted"),
    ("Moldova's president left Brussels for Chisinau on Monday.", None, None, None, None),
    # removal from power; working with someone
    ("Sudan's parliament removed the prime minister from office on Tuesday.", "SDNLEG", "SDNGOV", "172", "asserted"),
    ("Malian soldiers ousted President Ibrahim Boubacar Keita in 2020.", "MLIMIL", "MLIGOV", "172", "asserted"),
    ("The Russian army removed mines from the road.", None, None, None, None),
    ("Ukrainian troops ousted Russian forces from the village on Monday.", "UKRMIL", "RUSMIL", "190", "asserted"),
    ("Poland said it would work with the new Ukrainian government.", "POL", "UKRGOV", "060", "future"),
    ("Polish officials worked on the plan for weeks.", None, None, None, None),
    # responding with an act is that act; halting a hostile act de-escalates
    ("The Sudanese army responded with air strikes on rebel positions in Darfur.", "SDNMIL", "SDNREB", "195", "asserted"),
    ("Israel responded with restraint.", None, None, None, None),
    ("Russia halted its offensive against Ukraine.", "RUS", "UKR", "087", "asserted"),
    # a free relative "what X called Y" stands for Y; "what happened" names nothing
    ("Human Rights Watch condemned what it called the excessive use of force by Georgian police.", "NGO", "GEOCOP", "111", "asserted"),
    ("Georgia condemned what happened in Tbilisi.", None, None, None, None),
    # a mediated deal's parties are those of the clause that spells it out
    ("Turkey brokered a ceasefire under which Azerbaijan agreed to withdraw its troops from Armenia.", "TUR", "ARM", "045", "asserted"),
    ("Qatar brokered a deal under which Hamas freed ten Israeli hostages.", "QAT", "ISR", "045", "asserted"),
    ("Qatar brokered a deal under which Hamas freed ten Israeli hostages.", "PSE", "ISR", "0841", "asserted"),
    # a title before an unknown name places it, also when a dateline misparse heads the phrase
    ("SEOUL (Yonhap) - U.S. Defense Secretary Jim Harlan met South Korean officials on Friday.", "USA", "KORGOV", "040", "asserted"),
    # seizing a named place takes territory; blowing up a bridge destroys it
    ("Congolese rebels seized Kindu, the army's last stronghold in the east, on Sunday.", "CODREB", "COD", "190", "asserted"),
    ("Ukrainian saboteurs blew up a railway bridge in Russia's Kursk region on Monday.", "UKR", "RUS", "1712", "asserted"),
    # an act named inside what is offered or delayed has not happened
    ("Turkey offered to host a new round of talks between Armenia and Azerbaijan.", "ARM", "AZE", "046", "hypothetical"),
    ("Ottawa agreed to delay a proposed rise in Canadian tariffs on Chinese cars.", "CAN", "CHN", "163", "hypothetical"),
    # a place named in the clause a result participle hangs on places its victims before the dateline
    ("CAIRO (Wire) - Israeli aircraft struck a house in Khan Younis on Wednesday, killing four people.", "ISR", "PSECVL", "180", "asserted"),
    # what is sent is never the target
    ("CAIRO (Wire) - Pakistan said it could send troops to the stabilisation force in Gaza.", "PAK", "PSE", "072", "hypothetical"),
    # "the Commission" after "the European Commission" is that organisation, not a body of the dateline's country
    ("BRUSSELS (Wire) - Slovakia accused the European Commission of bias on Monday. The Commission rejected the accusation.", "EU", "SVK", "120", "asserted"),
    # a participle joined to a passive is passive: who is flown somewhere does not visit
    ("The former president was arrested in Lagos and flown to The Hague.", "NGAGOV", "NGAELI", "173", "asserted"),
    # a noun summing up the clause before it: the clause's doer is the target
    ("The court found that Serbia had broken the treaty, a ruling the Serbian government dismissed.", "SRBGOV", "SRBJUD", "120", "asserted"),
    ("Rebels named their own government in Goma, a move Kinshasa condemned.", "CODGOV", "CODREB", "111", "asserted"),
    ("Hungary failed to meet its obligations under the treaty.", None, None, None, None),
    # a clause whose subject the parser took into a time phrase is no act of the main subject
    ("The African Union called on Chad's government to protect civilians, after a drone strike on a wedding in the north killed 12 people.",
     "AU", "TCDGOV", "023", "asserted"),
    # a region after a preposition of place or direction is where, not who
    ("Venezuela denounced the deployment of U.S. warships to the Caribbean as a threat.", "VEN", "USAMIL", "111", "asserted"),
    ("Russia threatened Europe with retaliation.", "RUS", "EUR", "130", "asserted"),
    # a capital's name ending a longer place name is no party
    ("Insurgents attacked the town of Mocimboa da Praia on Tuesday, killing six soldiers.", "INS", "MIL", "180", "asserted"),
    # "each other" makes any act mutual; trading accusations accuses
    ("Thailand and Cambodia accused each other of violating the truce.", "KHM", "THA", "112", "asserted"),
    ("Armenia and Azerbaijan traded accusations on Monday.", "AZE", "ARM", "112", "asserted"),
    # rejecting a statement rejects it; refusing to comment declines comment
    ("Kenya rejected the statement by Britain as interference.", "KEN", "GBR", "120", "asserted"),
    # what is waited for in reported speech has not happened; what one avoids is not done
    ("Washington said it would keep the sanctions until Havana freed all political prisoners.", "CUBGOV", "CUBOPP", "0841", "hypothetical"),
    ("China told its citizens to avoid travelling to Japan.", "CHNCVL", "JPN", "042", "negated"),
    # two titled names the parser makes two subjects, the "and" hung on the first, are both parties
    ("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a border treaty in Bishkek on Thursday.",
     "KGZGOV", "TJKGOV", "057", "asserted"),
    # a name read as the root with the verb as a participle on it is the verb's subject
    ("South Korean President Lee Jae-myung offered on Monday to hold talks with Japan.", "KORGOV", "JPN", "030", "asserted"),
    # a verb a speaker does in words, joined by the parser to the clause the speaker reports, is the speaker's
    ("Kabul said Pakistani jets had bombed camps in Paktika and urged Islamabad to respect its sovereignty.", "AFGGOV", "PAKGOV", "020", "asserted"),
    ("Tonga said a gang operating from Russia had stolen patients' records and demanded a ransom.", "RUS", "TON", "100", "asserted"),
    # a mediator is no side of the fighting its clause names
    ("Qatar and Turkey, which mediated a ceasefire after the worst border fighting in years, urged Pakistan to respect it.",
     "QAT", "PAK", "020", "asserted"),
    # destroying an aircraft or a drone is an assault
    ("Algerian air defences destroyed a Malian drone near the border.", "DZA", "MLI", "190", "asserted"),
    # a court's order is a ruling: welcoming "the ruling" supports the court
    ("The International Criminal Court ordered Manila to hand over the suspects. The European Union welcomed the ruling.",
     "EU", "ICC", "051", "asserted"),
    # denying a that-clause rejects the accusation it answers; the act denied stays negated
    ("Ukraine accused Russia of shelling Kharkiv. Moscow denied that its forces had attacked the city.", "RUSGOV", "UKR", "016", "asserted"),
    # "both governments" are two countries: two parties of one country are not they
    ("Ecuadorean police arrested Ecuadorean gang members on Monday, and Brazil urged both governments to return to dialogue.",
     "ECUCOP", "ECUCRM", "173", "asserted"),
    # violating or entering another country's airspace coerces it
    ("Two Belarusian helicopters violated Polish airspace near Bialowieza on Tuesday.", "BLRMIL", "POL", "170", "asserted"),
    ("A Malian drone entered Algerian airspace on Monday.", "MLI", "DZA", "170", "asserted"),
    ("The ship entered the port of Haifa.", None, None, None, None),
    # a date on what an act keeps someone from doing dates the act
    ("Israel barred two Spanish ministers from entering its territory on Monday.", "ISR", "ESPGOV", "172", "asserted"),
    # an act told "allegedly" is a claim; "reportedly" stays asserted
    ("Russian jets allegedly violated Turkish airspace on Friday.", "RUS", "TUR", "170", "hypothetical"),
    ("Russian jets reportedly violated Turkish airspace on Friday.", "RUS", "TUR", "170", "asserted"),
    # a sector word that only qualifies an act is no actor; flares released at aircraft harass; visa restrictions sanction
    ("Mexico said it would not accept any unilateral military action on its soil.", None, None, None, None),
    ("A Chinese fighter jet released flares close to an Australian patrol aircraft.", "CHN", "AUS", "170", "asserted"),
    ("Washington imposed visa restrictions on Ghanaian officials.", "USAGOV", "GHAGOV", "163", "asserted"),
    # whom one praises or punishes "for" doing something did it
    ("Washington praised Mexico for extraditing 26 cartel leaders to the United States.", "MEX", "USA", "063", "asserted"),
    ("Britain sanctioned three Chinese firms for supplying drone parts to Russia.", "CHNBUS", "RUS", "061", "asserted"),
    # a participle after a participle, hung on the first one's infinitive, keeps the governing subject
    ("Britain issued a statement on Monday, urging the Kenyan authorities to investigate the deaths and calling on Nairobi to free the activists.",
     "GBR", "KENGOV", "020", "asserted"),
    # unowned embassies are not the country the sentence names
    ("The embassies issued a statement urging Kenyan police to show restraint.", "GOV", "KENCOP", "020", "asserted"),
    # a boycott of talks or contacts cuts them; of goods, embargoes them; otherwise a protest
    ("The Palestinians boycotted the talks with Israel.", "PSE", "ISR", "164", "asserted"),
    ("Chinese consumers boycotted Japanese products after the remarks.", "CHN", "JPN", "163", "asserted"),
    # a headline names its parties or none: nothing it leaves out is guessed; a state is its government
    ("Mali recalls ambassador after drone row\n\nBAMAKO (Wire) - Mali recalled its ambassador to Algeria on Monday.",
     "MLI", "DZA", "161", "asserted"),
    # what is weighed or contemplated is not done
    ("Washington weighs strikes on cartels in Mexico.", "USAGOV", "MEXCRM", "190", "hypothetical"),
    # new verbs: escorting or driving out expels; designating as a terrorist organisation sanctions;
    # repatriating remains hands them back; postponing a levy eases it
    ("Indonesian warships escorted the Chinese coast guard ship out of the Natuna zone on Monday.", "IDNMIL", "CHNMIL", "174", "asserted"),
    ("The State Department designated the Venezuelan cartel as a foreign terrorist organisation.", "USAGOV", "VEN", "163", "asserted"),
    ("Moscow repatriated the remains of 20 Ukrainian soldiers.", "RUSGOV", "UKRMIL", "0841", "asserted"),
    ("Ecuador postponed the levy on Colombian goods.", "ECU", "COL", "085", "asserted"),
    # whoever backs the actor of a phrase is no part of it
    ("Somali government troops backed by Turkish drones drove Al-Shabaab fighters out of the town.", "SOMMIL", "SOMINS", "174", "asserted"),
    # "the two men" are the two people named before
    ("Kenya's president met Uganda's president in Arusha. The two men agreed to reopen the border.", "UGAGOV", "KENGOV", "035", "asserted"),
    # "hundreds of his supporters" act for his country
    ("Former Bolivian president Evo Morales was charged on Monday. Hundreds of his supporters blocked highways near Cochabamba.",
     "BOLELI", "BOLGOV", "144", "asserted"),
    # a name read as the root, its verb hung on a noun of the relative clause between: the name acts
    ("Former president Evo Morales, who faces an arrest warrant in a statutory rape case, called on the United States to stop interfering.",
     "BOLELI", "USA", "020", "asserted"),
    # "the lender", "the fund" after an organisation named before is it
    ("HARARE (Wire) - Zimbabwe asked the IMF for a new loan. The lender rejected the request on Monday.", "IMF", "ZWE", "120", "asserted"),
    # crowd-control weapons in a list the parser nests ("tear gas and stun grenades") coerce
    ("Serbian police fired tear gas and stun grenades at students in Belgrade.", "SRBCOP", "SRBEDU", "175", "asserted"),
    # talks a host or broker takes in that name their own parties are between those parties too
    ("Egypt hosted talks between Hamas and Israel in Cairo on Monday.", "PSEINS", "ISR", "046", "asserted"),
    ("Qatar mediated talks between Pakistan and Afghanistan on Sunday.", "PAK", "AFG", "046", "asserted"),
    ("Paraguay offered on Monday to host talks between Bolivia and Chile.", "BOL", "CHL", "046", "hypothetical"),
    # the act a reply answers was done, and is coded when the text says whose it is; its target
    # may be the owner of what it hit
    ("Iran fired missiles at a U.S. base in Qatar in retaliation for American strikes on its nuclear sites.", "USA", "IRN", "190", "asserted"),
    ("Iran vowed revenge for Israeli strikes on its nuclear sites.", "ISR", "IRN", "190", "asserted"),
    ("Iran vowed revenge for the strikes.", "IRN", None, "130", "asserted"),
    # expelling diplomats named by a noun is a diplomatic sanction, as the verb is
    ("Britain expelled a Russian diplomat in retaliation for Moscow's expulsion of two British embassy staff.", "RUSGOV", "GBRGOV", "161", "asserted"),
    # buying a commodity is trade, no act between states; buying arms is
    ("China bought Russian gas worth $10 billion last year.", None, None, None, "asserted"),
    ("Turkey bought S-400 missiles from Russia.", "TUR", "RUS", "061", "asserted"),
    # breaking off talks halts them; taking a name off a sanctions list eases the sanctions; what a
    # vote decides is done by the voters however the parser hangs it on
    ("Canada broke off trade negotiations with the United States on Friday.", "CAN", "USA", "164", "asserted"),
    ("The U.N. Security Council voted on Thursday to remove Syrian President Ahmed al-Sharaa from its sanctions list.",
     "UN", "SYRGOV", "085", "asserted"),
    ("Tens of thousands of students marched through Belgrade on Saturday to demand snap elections.", "SRBEDU", "SRBGOV", "141", "asserted"),
    # "the decision" is an act decided before, not another party's words about it
    ("The United States lifted sanctions on Milorad Dodik on Friday, and the European Union criticised Washington. "
     "Bosnian Muslim leaders condemned the decision.", "BIHGOV", "USA", "111", "asserted"),
    # whom one thanks or blames for a thing owns it: "their" is the members', no actor, not the
    # last actor named
    ("Hamas fired rockets at Israel. The U.S. ambassador thanked council members for their support.", "USAGOV", None, "051", "asserted"),
    ("Russia thanked China for its support on Monday.", "RUS", "CHN", "051", "asserted"),
    # what is opposed is not done, nor its purpose
    ("The Czech government opposes using frozen Russian assets to fund a loan to Kyiv.", "CZEGOV", "UKRGOV", "071", "negated"),
    # "their" is the plural noun of its own sentence before the actors of earlier ones; the US
    # Treasury is the US government's
    ("Kristi Noem visited Ecuador. The State Department sanctioned two Venezuelan officials on Monday, "
     "and the Treasury Department froze their assets.", "USAGOV", "VENGOV", "163", "asserted"),
    # a title with its own "of" phrase still says whose office the name holds
    ("QUITO (Wire) - U.S. Secretary of Homeland Security Kristi Noem met President Daniel Noboa on Tuesday.",
     "USA", "ECUGOV", "040", "asserted"),
    # a finite verb hung on a gerund after a preposition is the governing verb's conjunct: its
    # subject, its parties and its day
    ("WASHINGTON (Wire) - President Donald Trump on Saturday accused Nigeria of allowing the killing of Christians "
     "and threatened military action.", "USAGOV", "NGA", "130", "asserted"),
    # the means of an act is done when the act is ("retaliated on Wednesday by barring")
    ("Lithuania closed its border crossings with Belarus on Monday. Minsk retaliated on Wednesday by barring "
     "Lithuanian trucks from leaving Belarus.", "BLRGOV", "LTU", "172", "asserted"),
    # what is published is no captive
    ("South Korea and the United States released a joint fact sheet on Friday.", None, None, None, "asserted"),
    # a reaction to a hostile act is aimed at whose the act is, never at whom it hit
    ("Egypt condemned the attack on UN peacekeepers in Lebanon.", "EGY", None, "111", "asserted"),
    ("Egypt condemned Israel's strikes on Rafah.", "EGY", "ISR", "111", "asserted"),
    ("The EU welcomed the release of 52 prisoners by Belarus.", "EU", "BLR", "051", "asserted"),
    ("Serbia lodged a protest with Albania over the border incident.", "SRB", "ALB", "114", "asserted"),
    # a bare sector noun takes the country of the last actor of its sector the text placed, before
    # the dateline's
    ("MANILA (Wire) - China's foreign ministry said on Monday the vessel had intruded into its waters. "
     "A spokesman, Liu Dejun, warned Manila against further provocations.", "CHNGOV", "PHLGOV", "130", "asserted"),
    ("MANILA (Wire) - China's foreign ministry said on Monday the vessel had intruded into its waters. "
     "Police arrested two protesters outside the Chinese embassy.", "PHLCOP", "PHLOPP", "173", "asserted"),
    # a dateline whose place opens with an accented capital
    ("ÉVORA (Wire) - Police arrested two Brazilian agents on Tuesday.", "PRTCOP", "BRA", "173", "asserted"),
    # contingents withdraw, soldiers are pledged, mandates are stripped
    ("Burundi withdrew its contingent from Somalia on Monday.", "BDI", "SOM", "0874", "asserted"),
    ("Egypt pledged 1,000 soldiers to the AU mission in Somalia.", "EGY", "AU", "033", "asserted"),
    ("The electoral court stripped opposition leader Juan Perez of his mandate.", "JUD", "OPP", "172", "asserted"),
    # concern or alarm voiced at what another did is criticism; regret is a comment
    ("The EU expressed concern over Uganda's arrests of opposition supporters.", "EU", "UGA", "111", "asserted"),
    ("The UN rights chief expressed alarm at the killings of protesters in Tanzania.", "UN", "TZAOPP", "111", "asserted"),
    ("Japan expressed regret over the decision.", "JPN", None, "012", "asserted"),
    # whom a signed document grants something is no party of the signing
    ("The United States and Ukraine signed an agreement on Wednesday giving Washington a share of the revenue from Ukraine's minerals.",
     "USA", "UKR", "057", "asserted"),
    ("The United States seized an oil tanker carrying Venezuelan crude off the coast of Venezuela on Wednesday.", "USA", "VEN", "171", "asserted"),
    # a group active in several countries acts as the one its sentence or dateline names
    ("OUAGADOUGOU (Wire) - JNIM fighters ambushed a gendarmerie convoy near Djibo on Friday.", "BFAINS", "BFA", "190", "asserted"),
    ("JNIM fighters attacked a convoy near Gao on Monday.", "MLIINS", "MLI", "190", "asserted"),
    # hostile acts of no named doer that two parties came to terms after were between them; not
    # so for parties that only react
    ("Thailand and Cambodia agreed to a truce on Monday after five days of artillery strikes.", "THA", "KHM", "195", "asserted"),
    ("Britain and France condemned Iran after attacks on shipping in the Gulf.", "GBR", "IRN", "111", "asserted"),
    # the ends of a road are places, not targets; a city the small model tags as a person places its court
    ("BAMAKO (Wire) - JNIM fighters set fire to dozens of fuel tankers on the road from Senegal to Bamako this week.", "MLIINS", "MLI", "1712", "asserted"),
    ("A Ho Chi Minh City court sentenced property tycoon Truong My Lan to death on Thursday.", "VNMJUD", "VNMBUS", "173", "asserted"),
    # a demand for the release of one's own people asks whoever holds them
    ("Iran detained a French tourist in March. France demanded her release on Monday.", "FRA", "IRN", "105", "asserted"),
    ("A Minsk court jailed a Lithuanian trucker on Tuesday, and Vilnius demanded his release.", "LTUGOV", "BLRJUD", "105", "asserted"),
    # a passive act's doer is its agent for the reaction to it; a division's name places it
    ("A passenger train was hit by a Russian drone on Saturday, and President Volodymyr Zelenskiy called the strike an act of terror.",
     "UKRGOV", "RUS", "111", "asserted"),
    # analysis prose: a standing condition makes both clauses not done, and promises nothing (no 03x
    # intent); a bargain's condition still promises; a "provided" with no "that" is no condition
    ("Whenever Moscow raises gas prices, Minsk criticises the Kremlin.", "BLRGOV", "RUSGOV", "111", "hypothetical"),
    ("Kyrgyzstan will free the Kazakh prisoners as long as Astana pays the ransom.", "KGZ", "KAZ", "0841", "hypothetical"),
    ("Poland will send troops to Lithuania provided that NATO approves the plan.", "POL", "LTU", "033", "asserted"),
    ("Poland provided Ukraine with the loan that Kyiv requested.", "POL", "UKR", "071", "asserted"),
    # a habit is no dated act; "repeatedly" tells acts that happened, "long" in an apposition no habit
    ("The foreign ministers of Kazakhstan and Kyrgyzstan regularly hold consultations.", None, None, None, None),
    ("Minsk has long accused Vilnius of sheltering the opposition.", None, None, None, None),
    ("Belarus tends to side with Moscow at the United Nations.", None, None, None, None),
    ("Lukashenka has repeatedly criticised Moscow.", "BLRGOV", "RUSGOV", "111", "asserted"),
    ("Russia, long an ally of Minsk, sent troops to Belarus.", "RUS", "BLR", "072", "asserted"),
    # a nominal act named as the time something dates from is background; named as a doer it is an act
    ("Relations have cooled since Russia's annexation of Crimea.", None, None, None, None),
    ("Russia's annexation of Crimea angered Kyiv.", "RUS", "UKR", "192", "asserted"),
    # one refusal, one record: the REJECT, not beside it the negated support; an unrefused act stays negated
    ("Kazakhstan will not support the Russian annexation of Crimea.", "KAZ", "RUS", "125", "asserted"),
    ("Kazakhstan will not resume talks with Russia.", "KAZ", "RUS", "046", "negated"),
    # a refusal is an act negated on its own verb: an act never contemplated was not refused
    ("Lukashenka promised Putin to recognise the territories, but he was never truly contemplating recognising them.",
     "BLRGOV", "RUSGOV", "054", "negated"),
    # two words for one act of a sentence are one record
    ("The Kremlin backed Lukashenka during the protests and continues to support him.", "RUSGOV", "BLRGOV", "051", "asserted"),
    # a region's officer is the region's country; the U.S. Treasury is Washington's; a group of
    # fighters anywhere fights in the country its dateline names; "the court" named in the sentence
    ("Somaliland's president, Abdirahman Irro, welcomed a decision by Ethiopia's parliament on Tuesday.", "SOM", "ETHLEG", "051", "asserted"),
    ("The U.S. Treasury eased sanctions on Venezuela's state oil company on Wednesday.", "USAGOV", "VENBUS", "085", "asserted"),
    ("MAIDUGURI (Wire) - Islamic State fighters attacked a military base near Marte on Sunday.", "NGAIMG", "NGA", "190", "asserted"),
    ("A soldier's mother sued the Russian defence ministry at the European Court of Human Rights, and the court asked Moscow for a response.",
     "COE", "RUSGOV", "020", "asserted"),
    # a truce between two parties is theirs, not its announcer's; a truce the clause only dates is
    # no act of the clause's subjects
    ("Hours later Trump announced a ceasefire between Israel and Iran.", "ISR", "IRN", "0871", "asserted"),
    ("Britain and France said they were ready to send troops to Ukraine after a ceasefire.", "GBR", "UKR", "033", "asserted"),
    # a warning about the weather threatens no one; about an act it does
    ("Iraq's meteorological office warned that the heat would last until Thursday.", None, None, None, "asserted"),
    ("Pakistan warned that any diversion of the river would be met with force.", "PAK", None, "130", "asserted"),
    # sport and company results are no political acts, however their verbs read
    ("Brazil's Vinicius Junior hit two home runs against Mexico's champions on Sunday.", None, None, None, "asserted"),
    ("Toyota said on Tuesday it would invest 2 trillion yen in Japan after quarterly profit beat forecasts.", None, None, None, "asserted"),
    # a pronoun is none of the doer's own phrase ("forces backed by U.S. air strikes drove them back")
    ("Al-Shabaab militants ambushed the convoy on Wednesday before Somali special forces backed by U.S. air strikes drove them back.",
     "SOMMIL", "SOMINS", "174", "asserted"),
    # a revoked visa is a sanction, a disqualified party coerced; hackers tied to a state's organ are
    # that state's; what they disrupt or steal is coerced
    ("The State Department revoked the U.S. visa of Colombian President Gustavo Petro on Friday.", "USAGOV", "COLGOV", "163", "asserted"),
    ("Ecuador's electoral court disqualified an opposition party on Thursday.", "ECUJUD", "ECUOPP", "172", "asserted"),
    ("Hackers linked to Russia's GRU military intelligence disrupted check-in systems at airports in Brussels over the weekend.",
     "RUSCRM", "BEL", "171", "asserted"),
    # a second mention by a family name that comes first
    ("North Korean leader Kim Jong Un arrived in Beijing on Tuesday. Kim held talks with Xi Jinping on Wednesday.",
     "PRKGOV", "CHNGOV", "046", "asserted"),
    # a dateline filed from two places is the first one's
    ("NIAMEY/PARIS (Wire) - The junta expelled the French ambassador on Monday.", "NERGOV", "FRAGOV", "161", "asserted"),
    # "the two leaders" are the parties of the act their sentence told before, a pronoun among them
    ("Egypt pledged troops to the AU mission in Somalia on Monday. Somali President Hassan Sheikh Mohamud travelled to "
     "Addis Ababa on Tuesday. He met Ethiopian Prime Minister Abiy Ahmed, and the two leaders agreed to keep Ethiopian troops in Somalia.",
     "SOMGOV", "ETHGOV", "030", "asserted"),
    # a participle hung on what the first participle says goes on from the first, with its subjects
    ("Germany, France and Britain condemned the executions on Thursday, saying the trials had been unfair and urging Tehran to halt further hangings.",
     "FRA", "IRNGOV", "020", "asserted"),
    # a refusal to come, stated now, is one asserted refusal
    ("France said it would oppose the trade deal with Mercosur.", "FRA", "MERCOSUR", "120", "asserted"),
    ("Hungary said it would veto any new sanctions on Russian banks unless Brussels dropped two businessmen from its blacklist.",
     "HUN", "EU", "130", "asserted"),
    # "whose movement" acts for the one the relative clause is on
    ("BAGHDAD (Wire) - Shiite cleric Moqtada al-Sadr, whose movement boycotted the election, urged his followers to stay home.",
     "IRQ", "IRQGOV", "143", "asserted"),
    # a relative clause on actors an analyst names tells a fact; parties named together whose
    # agreed act aims at a third are not agreeing with each other
    ("Analysts say the junta is counting on partners such as Russia and China, which last month agreed to lend Niger $400 million.",
     "CHN", "NER", "033", "asserted"),
    ("Analysts said Russia would attack Ukraine again.", None, None, None, "asserted"),
    # armed men in a sentence whose one country its head of government names are that country's
    ("Gunmen killed at least 30 villagers in a remote district, and President Bola Tinubu ordered troops to the area.",
     "NGAUAF", "NGACVL", "180", "asserted"),
    # blasting a vessel with water cannon harasses it; blasting a decision criticises
    ("A Chinese coast guard ship blasted a Philippine fisheries vessel with water cannon near Sandy Cay on Monday.",
     "CHNMIL", "PHL", "175", "asserted"),
    ("Beijing blasted Manila's decision as provocative.", "CHNGOV", "PHLGOV", "111", "asserted"),
    # receiving boats or arms hosts no one: it is the giver's aid
    ("The Philippine coast guard has received ten patrol boats from Japan.", "JPN", "PHLMIL", "072", "asserted"),
    # a town struck by force is a place whatever the small model tags it; a person arrested is not
    ("Russian forces shelled Kherson on Monday.", "RUSMIL", "UKR", "194", "asserted"),
    ("Israeli warplanes pounded Khan Younis on Tuesday.", "ISRMIL", "PSE", "190", "asserted"),
    ("Police arrested Jackson on Monday.", "COP", None, "173", "asserted"),
    ("Russian forces shelled the southern city of Kherson on Monday.", "RUSMIL", "UKR", "194", "asserted"),
    # a hub's dateline over a lead that names a country only through its forces is that country's;
    # attaches and advisers expelled are diplomats
    ("DUBAI (Wire) - Iranian security forces opened fire on protesters in several cities over the weekend.", "IRNCOP", "IRNOPP", "190", "asserted"),
    ("BAMAKO (Wire) - Mali's junta expelled the French defence attache on Wednesday.", "MLIGOV", "FRA", "161", "asserted"),
    # a surname alone is the person the same sentence named in full before, as that one was placed
    ("The WHO's director for Africa, Dr. Halima Osei, toured a cholera ward in Lusaka on Monday, and Osei urged Zambia to speed up vaccinations.",
     "WHO", "ZMB", "020", "asserted"),
    ("Japanese Prime Minister Shigeru Ishiba arrived in Manila on Friday, and Ishiba pledged ten patrol boats to the Philippines.",
     "JPNELI", "PHL", "030", "asserted"),
    # a relative clause with no "that" whose subject the small model hangs on the noun it describes
    ("Ethiopia accused Eritrea of arming rebels in Tigray, a charge Asmara rejected as baseless.",
     "ERIGOV", "ETH", "120", "asserted"),
    # a hub's dateline over a lead whose subject is another country's places the story's unnamed
    # actors there; two forces of one country that clash fight each other (one record)
    ("NAIROBI (Wire) - Ethiopian federal troops and Tigrayan forces clashed near Alamata on Monday, as Kenyan officials tried to arrange talks.",
     "ETHMIL", "ETHMIL", "190", "asserted"),
    # a refusal in a relative clause on a noun no rule codes ("a plan") takes its family's default;
    # the noun sums up the last main clause before it
    ("Poland and Lithuania announced joint border patrols on Monday, a plan Minsk rejected as hostile.",
     "BLRGOV", "POL", "120", "asserted"),
    ("Chile and Peru signed a fisheries accord on Friday, and Bolivia said it had brokered the deal, a claim Lima rejected.",
     "PERGOV", "BOL", "120", "asserted"),
    # protests no one is named doing are a crowd's of the sentence's one country
    ("Bolivian police arrested dozens of people during nationwide protests on Monday.", "BOLOPP", "BOLGOV", "140", "asserted"),
    # ... but one in the present describes a standing deal
    ("A larger question hangs over the deal under which Minsk offers a close military alliance.", None, None, None, None),
    # a name, its verb and the verb's object fused by the small model into one noun phrase
    ("Kenyan President William Ruto hosted delegations from Ethiopia and Eritrea in Nairobi on Wednesday.",
     "KENGOV", "ETHGOV", "043", "asserted"),
    # storms hit no one; companies' stakes and takeovers are business; patrols stepped up show force
    ("Cyclone Freddy hit Malawi's southern districts on Monday, destroying thousands of homes.", None, None, None, None),
    ("A Kenyan telecoms group agreed on Monday to buy a 40% stake in a Tanzanian lender.", None, None, None, None),
    ("Danish shipping firm Maersk rejected a takeover offer from a Swiss rival on Tuesday.", None, None, None, None),
    # ... but a hazard that forces a state to act is no doer of the act, and a state's bid or refusal is politics
    ("The outbreak of fighting in Sudan forced Chad to close its border with Sudan.", "TCD", "SDN", "163", "asserted"),
    ("Germany rejected a Chinese takeover bid for the port of Hamburg.", "DEU", "CHN", "120", "asserted"),
    ("Sudan's opposition rejected the army's takeover and called for protests.", "SDNOPP", "SDN", "120", "asserted"),
    ("Hamas rejected the US listing of the group as a terrorist organisation.", "PSEINS", "USA", "120", "asserted"),
    ("The Thai army increased patrols along the Cambodian border on Sunday.", "THAMIL", "KHM", "150", "asserted"),
    # a "when" clause on a time is dated by it; an act "two days after" another clause's dated act
    ("The incident echoes June 2013, when Serbia detained three Kosovo police officers.", "SRB", "XKXCOP", "173", "asserted"),
    ("Colombia recalled its ambassador on Monday, two days after Washington revoked Petro's visa.", "USAGOV", "COLGOV", "163", "asserted"),
    # ... but "weeks after" counts no weeks: no day is made up
    ("Colombia recalled its ambassador on Monday, weeks after Washington revoked Petro's visa.", "USAGOV", "COLGOV", "163", "asserted"),
    # the country of an earlier actor of the sector places a bare one only when that actor was a
    # subject, the sentence names that country as no other party, and no other dateline's story
    ("BOGOTA (Wire) - Petro refused to let U.S. military planes land in January. "
     "The army deployed 2,500 troops to the border on Monday.", "COLMIL", None, "150", "asserted"),
    ("U.S. officials complained about Indian oil purchases on Monday. "
     "On Friday the foreign ministry summoned a senior U.S. diplomat.", "GOV", "USAGOV", "114", "asserted"),
    # a place near a border is where, not whom
    ("NIAMEY (Wire) - Jihadists killed 34 soldiers in an ambush on Monday, close to the border with Mali.",
     "NERINS", "NERMIL", "180", "asserted"),
    # a source's anonymity is no request; backing down yields; stopping an act cuts or de-escalates it
    ("A hospital official in Mekelle, who asked not to be named, said 30 people had died.", None, None, None, None),
    ("Bogota backed down after Washington threatened tariffs on Colombian coffee.", "USAGOV", "COL", "1312", "asserted"),
    ("Hungary stopped sending arms to Ukraine in March.", "HUN", "UKR", "162", "asserted"),
    ("Petro said Colombia would stop buying weapons from the United States.", "COL", "USA", "163", "future"),
    # what a reporter's clause says its act did is not what the reporter did after: the reporter accuses
    ("The Israeli military said the strikes targeted Hezbollah weapons depots and accused the group of rebuilding its arsenal.",
     "ISRMIL", "LBNINS", "112", "asserted"),
    # ... but an act does what acts do: the strike wounds, not the reporter
    ("Ukraine's military said the Russian strike killed 20 civilians and wounded 50 others.", "RUS", "UKR", "180", "asserted"),
    # a government's denial of its own state's involvement has no target
    ("Peskov denied any Russian involvement in the cable damage.", "RUSGOV", None, "016", "asserted"),
    # two parties that each free prisoners of no named country free them to each other; a
    # challenger is no one's own
    ("Armenia and Azerbaijan each freed 32 prisoners of war on Friday in an exchange brokered by the United States.",
     "ARM", "AZE", "0841", "asserted"),
    ("Zambia's electoral commission declared Hakainde Hichilema the winner, and his main challenger, Edgar Lungu, rejected the result.",
     "ZMBELI", None, "120", "asserted"),
    # vowing to respond or hit back threatens whoever did the act it answers; a right to respond is held in reserve
    ("Israeli jets struck targets in southern Lebanon on Tuesday, and Beirut vowed to respond.", "LBNGOV", "ISR", "130", "asserted"),
    ("Iran reserved the right to respond to the attack.", "IRN", None, "130", "asserted"),
    # seats of power are places of their country; the AU's council is the AU's; a contingent is its sender's own
    ("The leaders of Armenia and Azerbaijan signed the accord at the White House on Friday.", "ARMGOV", "AZEGOV", "057", "asserted"),
    ("The African Union's Peace and Security Council urged Sudan's army to accept a truce.", "AU", "SDNMIL", "020", "asserted"),
    ("Burundi pulled its contingent out of Somalia on Monday.", "BDI", "SOM", "0874", "asserted"),
    # a hub's dateline over a lead whose subject names several countries is a venue: it places no one
    ("WASHINGTON (Wire) - Armenia and Azerbaijan signed a peace deal at the White House on Friday, and officials praised Trump for his mediation.",
     "GOV", "USAELI", "051", "asserted"),
    # ... but a lead whose main clause names the dateline's country is the dateline's story
    ("BEIJING (Wire) - Philippine vessels approached Chinese coast guard ships near the shoal on Monday. "
     "The foreign ministry lodged a protest with Manila.", "CHNGOV", "PHLGOV", "114", "asserted"),
    ("WASHINGTON (Wire) - Chinese warships sailed near a U.S. destroyer in the South China Sea on Monday. "
     "The government summoned the Chinese ambassador.", "USAGOV", "CHNGOV", "114", "asserted"),
    # the mediators a sentence names are no sides of the fighting it tells
    ("The truce was agreed in Doha, in talks mediated by Qatar and Turkey, after fighting between Pakistan and Afghanistan.",
     "PAK", "AFG", "190", "asserted"),
    ("Pakistan and Afghanistan agreed to a truce on Sunday. The truce was agreed in Doha, in talks mediated by Qatar and "
     "Turkey, after the worst fighting between the neighbours since 2021.", "PAK", "AFG", "190", "asserted"),
    # a surname named again with another given name is another person
    ("Danish Foreign Minister Lars Lokke Rasmussen criticised Washington on Monday. "
     "Analyst Mikkel Rasmussen said Denmark would resist.", "DNKGOV", "USAGOV", "111", "asserted"),
    # a sit-in the tokenizer split is one object; a rebuke drawn from someone is theirs
    ("Afghan traders staged a sit-in in Jalalabad on Saturday.", "AFGBUS", "AFGGOV", "141", "asserted"),
    ("Orban blocked the loan, drawing a rebuke from the European Commission.", "EU", "HUNGOV", "111", "asserted"),
    # "the signing" names the deal signed before, both its parties'
    ("Armenia and Azerbaijan signed a peace treaty on Friday. The European Union welcomed the signing.", "EU", "AZE", "051", "asserted"),
    # a threat or offer refused was made too, when the text says whose it is
    ("Mexico rejected a threat by U.S. President Donald Trump to strike cartels.", "USAGOV", "MEX", "130", "asserted"),
    ("India turned down an offer from Saudi Arabia to host a meeting.", "SAU", "IND", "030", "asserted"),
    # (session 11) people from elsewhere take no dateline's country; a seat's lead about a court
    ("NIAMEY - The junta suspended the licences of two international NGOs on Monday.", "NERGOV", "NGO", "160", "asserted"),
    ("THE HAGUE - The International Court of Justice awarded a reef to Belize on Thursday, and the judges rejected the arguments of Honduran lawyers.",
     "ICJ", "HND", "120", "asserted"),
    # a pledge not to use force de-escalates, refuses nothing; baton charges and blocked paths coerce;
    # an act's noun that only names a kind of people or thing is no act ("riot police")
    ("Ethiopia and Eritrea pledged not to use force against each other.", "ETH", "ERI", "0356", "asserted"),
    ("Riot police charged the students outside parliament in Accra.", "GHACOP", "GHAEDU", "175", "asserted"),
    ("Chinese coast guard ships blocked the path of a Philippine supply boat.", "CHNMIL", "PHL", "191", "asserted"),
    ("Prosecutors in Nairobi charged the protest organisers with treason.", "KENJUD", "KEN", "112", "asserted"),
    # (charged with a crime is accused of it, whoever is charged)
    ("Police in Harare charged 20 protesters with public violence.", "ZWECOP", "ZWEOPP", "112", "asserted"),
    # a hostile step is no praised one; two leaders opening a crossing ease their border
    ("The United States sanctioned two Russian oil firms, and Moscow called the decision an unfriendly step.", "RUSGOV", "USA", "111", "asserted"),
    ("The presidents of Uzbekistan and Kazakhstan opened a new border crossing near Tashkent on Tuesday.", "UZB", "KAZ", "081", "asserted"),
    # what a sending or selling sends is no target, where or to whom it goes is; stealth fighters are
    # aircraft, no insurgents
    ("The president threatened to send Turkish troops into northern Iraq.", "TURGOV", "IRQ", "130", "asserted"),
    ("Pakistan's prime minister met Xi in Beijing, and China agreed to sell Pakistan 40 stealth fighters.", "CHN", "PAK", "031", "asserted"),
    # an acronym is the body named in full before whose initials it is
    ("DHAKA - Bangladesh protested after India's Border Security Force shot two farmers. The BSF arrested a third farmer on Tuesday.",
     "IND", "BGDAGR", "173", "asserted"),
    # air strikes carried out employ aerial weapons, whoever carries them out; bare strikes carried out
    # by a state are an attack, by workers a stoppage (the noun's own rules)
    ("Turkish jets carried out air strikes in northern Iraq on Monday.", "TUR", "IRQ", "195", "asserted"),
    ("Syrian opposition fighters carried out drone strikes on army positions in Aleppo.", "SYROPP", "SYR", "195", "asserted"),
    ("Turkish jets carried out strikes in northern Iraq on Monday.", "TUR", "IRQ", "190", "asserted"),
    ("Dock workers in Mombasa carried out a strike over unpaid wages.", "KENLAB", "KENGOV", "143", "asserted"),
    # (raids carried out by land are attacks, only air raids are from the air)
    ("Kenyan police carried out raids on the homes of opposition leaders in Nairobi.", "KENCOP", "KENOPP", "190", "asserted"),
    # parties that pledge together pledge to each other
    ("Kenya and Somalia signed a border accord, and the two governments pledged to reopen trade routes.", "KEN", "SOM", "030", "asserted"),
    # (... but those that vow to fight or to punish threaten others, not each other)
    ("Kenya and Somalia vowed to fight al-Shabaab.", "KEN", "SOMINS", "1384", "asserted"),
    # a participle of force on a reported clause is its subject's, not the reporter's
    ("Police in Kaduna said gunmen attacked a farming village on Sunday, killing nine civilians.", "NGAUAF", "NGACVL", "180", "asserted"),
    ("Armed bandits raided a farming village in northwestern Nigeria on Sunday.", "NGAUAF", "NGA", "190", "asserted"),
    # the place of the place an act is at places its unnamed doers
    ("Gunmen shot dead two Pakistani engineers at a dam site in northern Afghanistan.", "AFGUAF", "PAK", "190", "asserted"),
    # weapons launched by someone are theirs: launching drones hosts nothing
    ("Drones launched by Hezbollah hit an army post in northern Israel on Sunday.", "LBNINS", "ISRMIL", "190", "asserted"),
    # an act named by an earlier year is background
    ("Tbilisi again condemned Russia's 2008 invasion of Georgia on Monday.", "GEOGOV", "RUS", "111", "asserted"),
    ("Estonia expelled a Russian embassy staffer on Friday for activities incompatible with his status.", "EST", "RUS", "161", "asserted"),
    # the people a participle of result kills are those of the country its clause's act was aimed at
    ("WASHINGTON - U.S. warships struck a speedboat carrying fuel from Iran in the Gulf on Monday, killing four people.", "USAMIL", "IRNCVL", "180", "asserted"),
    # a family name that comes first names again a person named after a title
    ("Vietnamese foreign ministry spokeswoman Pham Thu Hang condemned the seizure of a fishing boat on Monday. Pham urged Beijing to release the crew.",
     "VNMGOV", "CHNGOV", "025", "asserted"),
    ("Hundreds of parents blocked a highway in Kano on Monday to demand the rescue of their children.", "NGACVL", "NGAGOV", "144", "asserted"),
    # a quote a speaker tells reporters demands what its modal does; the press is no target
    ('"Kigali must withdraw its troops from our territory," Congo\'s foreign minister told reporters in Kinshasa.', "CODGOV", "RWA", "105", "asserted"),
    # a mission's mandate extended protects; permission granted eases; an announced deployment mobilises
    ("The U.N. Security Council extended the mandate of its peacekeeping mission in South Sudan on Thursday.", "UN", "SSD", "074", "asserted"),
    ("Greece granted the Turkish research vessel permission to dock at Piraeus.", "GRC", "TUR", "081", "asserted"),
    ("Niger's junta announced a deployment of troops along the border with Benin.", "NERGOV", "BEN", "150", "asserted"),
    ("Estonia said Russian hackers had knocked out the servers of its tax board for two days.", "RUSCRM", "EST", "171", "asserted"),
    # setting things ablaze destroys them; a crowd's arson is a riot
    ("JNIM fighters set about 40 fuel tankers ablaze near Kayes on Wednesday.", "MLIINS", "MLI", "1712", "asserted"),
    ("Protesters set the ruling party's headquarters on fire in Kathmandu on Tuesday.", "NPLOPP", "NPL", "145", "asserted"),
    # the country where what is asked for would happen is whom it is asked of
    ("The African Union and the United Nations called for an immediate ceasefire in Libya on Monday.", "AU", "LBY", "020", "asserted"),
    ("Israeli warships fired on a fishing boat off Lebanon's coast on Friday.", "ISRMIL", "LBN", "190", "asserted"),
    # a measure's "on" names whom it hits, however deep in the phrase
    ("Britain adopted a new package of sanctions on Belarus on Thursday.", "GBR", "BLR", "163", "asserted"),
    # a threat with no target answers the last attack on its country
    ("Israeli jets struck a government compound in Sanaa on Thursday. The Houthis vowed to avenge the dead.", "YEMREB", "ISR", "130", "asserted"),
    # an attempt at force is force
    ("Riot police fired tear gas at protesters who tried to storm the parliament in Belgrade on Saturday.", "SRBOPP", "SRB", "145", "asserted"),
    # the press a speaker tells is no target of the statement either
    ("Following the talks, President Tokayev told journalists that the two countries were close.", "KAZLEG", None, "010", "asserted"),
    # protesters blocking an avenue or a building obstruct it
    ("Students blocked the state broadcaster's headquarters in Belgrade on Tuesday.", "SRBEDU", "SRBMED", "144", "asserted"),
    # a town of two countries' names is the one of the story's country
    ("Lebanese troops clashed with gunmen in Tripoli on Monday.", "LBNMIL", "LBNUAF", "190", "asserted"),
    # a title of another country than the dictionary's person names a namesake; a people of the
    # person's own country is no other country ("Bosnian Serb leader")
    ("Colombian Defence Minister Pedro Sanchez met his Ecuadorean counterpart in Quito on Monday.", "COLMIL", "ECUGOV", "040", "asserted"),
    ("Bosnian Serb leader Milorad Dodik met Hungarian Prime Minister Viktor Orban in Budapest on Monday.", "BIHGOV", "HUNGOV", "040", "asserted"),
    ("Police dispersed a rally of opposition supporters in Dhaka on Friday.", "BGDCOP", "BGDOPP", "175", "asserted"),
    # a protest drawn "from" a government is its protest at whoever did the act
    ("The seizure of two Vietnamese fishing boats by the Philippine coast guard drew a formal protest from Hanoi on Monday.",
     "VNMGOV", "PHLMIL", "114", "asserted"),
    # what a country receives, secures or obtains from a named giver is the giver's aid
    ("Namibia received 500,000 doses of measles vaccine from UNICEF on Friday.", "UNICEF", "NAM", "073", "asserted"),
    ("Ghana secured a $3 billion loan from the IMF in May.", "IMF", "GHA", "071", "asserted"),
    # ... and a gift not received is no refusal of the giver's
    ("Ukraine will not receive the F-16 jets from Denmark this year.", "DNK", "UKR", "072", "negated"),
    # an office in a sentence of one country is its own, an organisation named elsewhere in it or not
    ("The World Bank approved a $500 million loan for Kenya on Tuesday, and the finance minister thanked the World Bank.",
     "KENGOV", "WB", "051", "asserted"),
    # ... but officials "in" an organisation's seat are its own, not the country they speak of
    ("Officials in Brussels criticised Russia on Monday.", "EU", "RUS", "111", "asserted"),
    # organisations and missions a reader found missing
    ("Jamaica asked the Pan American Health Organization for help to fight a dengue outbreak.", "JAM", "PAHO", "023", "asserted"),
    ("MONUSCO peacekeepers evacuated 300 civilians from Bunia on Friday.", "UN", "CVL", "073", "asserted"),
    # helping another do something is working with it; helping broker a truce mediates it
    ("Japanese engineers helped Vietnam repair the damaged dam.", "JPN", "VNM", "060", "asserted"),
    ("Egypt helped broker a truce between Israel and Hamas on Monday.", "EGY", "PSEINS", "045", "asserted"),
    # pledges announced, measures scrapped, lawsuits filed, trainers sent, readiness raised, support
    # reaffirmed, decisions regretted
    ("Canada announced a contribution of C$60 million to the police mission in Haiti.", "CAN", "HTI", "033", "asserted"),
    ("China scrapped its tariffs on Australian wine on Friday.", "CHN", "AUS", "085", "asserted"),
    ("Ecuador filed a lawsuit against Mexico at the International Court of Justice.", "ECU", "MEX", "115", "asserted"),
    ("Britain sent special forces trainers to Ukraine.", "GBR", "UKR", "072", "asserted"),
    ("South Korea placed its army on a higher state of readiness on Friday.", "KOR", None, "152", "asserted"),
    # (a state of emergency placed on a city raises no alert of forces: no 152)
    ("Beijing placed a state of emergency on Hong Kong.", None, None, None, "asserted"),
    ("France reaffirmed its support for Morocco's autonomy plan on Tuesday.", "FRA", "MAR", "051", "asserted"),
    ("Haiti's prime minister regretted Kenya's decision to withdraw its police.", "HTIGOV", "KEN", "111", "asserted"),
    # a place of a country ("in Niger's western Tillaberi region") places a group active anywhere there
    ("French jets bombed Islamic State hideouts in Niger's western Tillaberi region on Sunday.", "FRA", "NERIMG", "195", "asserted"),
    # the place of a struck boat, hung on the participle that describes it, is the target's
    ("Turkish gunboats fired on a trawler fishing off Cyprus's coast on Monday.", "TUR", "CYP", "190", "asserted"),
    # a retaliation announced is a threat now, at whoever it answers (never at home)
    ("Chad expelled the Sudanese ambassador on Wednesday, and the foreign ministry in Khartoum said it would respond in kind.",
     "SDNGOV", "TCD", "132", "asserted"),
    ("Syrian shelling killed two Turkish soldiers near the border on Monday, and Ankara vowed to retaliate.",
     "TURGOV", "SYR", "130", "asserted"),
    ("Estonia expelled a Russian diplomat on Tuesday, and Moscow vowed to respond in a mirror fashion.",
     "RUSGOV", "EST", "130", "asserted"),
    # what a retaliation answers may be told after it in the sentence
    ("Ghana said it would reciprocate after Nigeria closed the border to Ghanaian traders.", "GHA", "NGA", "132", "asserted"),
    # the one helped is the target of the help, not what the help was for
    ("Kenyan police helped Uganda set up a new border post with South Sudan.", "KENCOP", "UGA", "060", "asserted"),
    # a speaker's own "will not" in the words said refuses, aimed at whoever asked
    ('"We are not going to be anyone\'s warehouse for deportees," Uganda\'s foreign minister said, after Washington asked Kampala to take in migrants.',
     "UGAGOV", "USA", "120", "asserted"),
    # armed men are placed where the clause that describes them says they acted; a town a people's
    # name qualifies is in its country
    ("Gunmen who kidnapped three Chinese workers near the Malian town of Kayes have demanded a ransom.",
     "MLIUAF", "CHNLAB", "181", "asserted"),
    # a town's name without its accents; a dateline's town is the one of the country the story names
    ("SAN JOSE — Costa Rican police detained 14 Nicaraguan smugglers near the border on Friday.", "CRICOP", "NIC", "173", "asserted"),
    ("Nicaragua expelled the Costa Rican ambassador on Thursday after San Jose granted asylum to an opposition leader.",
     "NIC", "CRIGOV", "161", "asserted"),
    # people named by their countries' names are no list of parties for "both governments"
    ("Libya deported 400 migrants into Niger on Friday, most of them Malians and Chadians. The African Union urged both governments to protect them.",
     "AU", "LBY", "023", "asserted"),
    # the sentence's own clause the small model hangs on the answer that names it again is asserted
    ("Mali's junta had accused Algeria of sheltering rebel leaders, a charge Algiers denied.", "MLIGOV", "DZA", "112", "asserted"),
    # a treaty's name is no actor
    ("Canada and Mexico agreed on Wednesday to coordinate their positions ahead of the review of the USMCA trade pact.",
     "CAN", "MEX", "030", "asserted"),
    # a second clause's subject the small model joins to the noun before it is that clause's subject
    ("Rebels freed the last 12 Peruvian hostages on Monday and Peru released nearly 300 rebel prisoners.", "PER", "PERREB", "0841", "asserted"),
    ("Russia and Germany swapped prisoners on Thursday, with Moscow freeing a German student and Berlin releasing an alleged Russian spy.",
     "DEUGOV", "RUSSPY", "0841", "asserted"),
    ("Canada sent rescue teams and the U.N. released $3 million for Jamaica on Thursday.", "UN", "JAM", "071", "asserted"),
    # ... but a participle hung on another noun leaves the name joined where it is (review13)
    ("The EU imposed new sanctions on Russia and Belarus targeting banks and oil firms.", "EU", "BLR", "163", "asserted"),
    # "the two leaders" are the two people named before, not the countries of what one told the other
    ("Indian Prime Minister Narendra Modi told Sri Lankan President Anura Kumara Dissanayake on Monday that Chinese research ships were a concern for Delhi, and the two leaders agreed to meet in Colombo in April.",
     "LKAGOV", "INDGOV", "036", "asserted"),
    # an international group's branch named with a country is the group, not that country
    ("JAKARTA — Amnesty International Indonesia condemned the police crackdown and urged the authorities to free those detained.",
     "NGO", "IDNGOV", "025", "asserted"),
    # exchanges of fire and of prisoners told as nouns, the parties in a phrase on what is exchanged
    ("Exchanges of fire between Pakistani and Afghan forces continued at Torkham on Monday.", "PAKMIL", "AFGMIL", "190", "asserted"),
    ("An exchange of prisoners between Armenia and Azerbaijan took place on the border on Friday.", "AZE", "ARM", "0841", "asserted"),
    # an indictment accuses; a grand jury is a court
    ("A federal grand jury in New York indicted the Venezuelan interior minister on drug charges.", "USAJUD", "VENGOV", "112", "asserted"),
    # approving an arms sale gives the arms
    ("Washington approved a new arms package for Taiwan worth $330 million on Friday.", "USAGOV", "TWN", "072", "asserted"),
    # ... but a bare transfer approved is no arms given (review13)
    ("Kenya's parliament approved the transfer of 20 prisoners to Uganda on Monday.", "KENLEG", "UGA", "0332", "asserted"),
    # a protest at a country's embassy is aimed at that country
    ("ASTANA — Dozens of Ukrainians rallied outside the Russian embassy on Sunday.", "UKR", "RUS", "141", "asserted"),
    # a time clause the small model reads as a time phrase, its verb a participle on the noun
    ('"We will answer for every soldier," the army said on Sunday, after militants killed at least 30 Burkinabe soldiers near Dori.',
     "INS", "BFAMIL", "180", "asserted"),
    # the time of a telling is not what is told: its teller's country may be a party; "the two
    # countries" are states
    ('"There will be no deal while those troops remain in Kosovo," Serbian presidential aide Ivan Petrovic told reporters in Belgrade on Friday, a day after the two countries agreed on the text of a border accord.',
     "SRB", "XKX", "030", "asserted"),
    # condemnation drawn from several "from" phrases joined together
    ("Israel struck a building in Doha on Tuesday, drawing condemnation from Qatar and from Saudi Arabia and Egypt.",
     "EGY", "ISR", "111", "asserted"),
    # "both governments" are two states, never a list of one country's police and soldiers
    ("VILNIUS — Lithuania closed two crossings on its border with Belarus on Monday, sending police officers and soldiers to the frontier. The European Commission urged both governments to show restraint.",
     "EU", "BLR", "020", "asserted"),
    # troops sent to a border are mobilised against the neighbour, not given to it
    ("Lithuania sent troops to the border with Belarus on Monday.", "LTU", "BLR", "154", "asserted"),
    # ... but peacekeepers sent to a border keep the peace there (review13)
    ("The UN sent a peacekeeping force to the border between Sudan and South Sudan.", "UN", "SDN", "074", "asserted"),
    # terminating or tearing up an agreement cuts ties (the agreement is no new one)
    ("Chad announced it was terminating its defence cooperation agreement with France.", "TCD", "FRA", "161", "asserted"),
    ("Niger tore up its military accord with the United States.", "NER", "USA", "161", "asserted"),
    # a sector noun named again ("the ministry") is the one named before, wherever the story is filed from
    ("TAIPEI — The Chinese foreign ministry accused Tokyo of meddling on Monday. The ministry also summoned the Japanese ambassador.",
     "CHNGOV", "JPNGOV", "114", "asserted"),
    # a noun named with "these"/"this" stands for the act told before as "the" does
    ('China launched large-scale drills around Taiwan on Monday. "These drills are a blatant provocation," Taiwanese President Lai Ching-te said.',
     "TWNGOV", "CHN", "111", "asserted"),
    # the Baltic states are each of the three, not a region
    ("The Baltic states condemned the Russian drone incursion on Monday.", "LVA", "RUS", "111", "asserted"),
    # a second party the small model joins to the first one's name in apposition is a co-subject
    ("Benin's defence minister Fortunet Alain Nouatin and his Togolese counterpart met in Lome and agreed to set up a joint patrol.",
     "TGOGOV", "BENMIL", "040", "asserted"),
    # an army where the sentence names another country does not act at home
    ("CARACAS — Venezuela filed a complaint with the United Nations on Friday after U.S. warships destroyed two more speedboats in the Caribbean.",
     "USAMIL", "VEN", "171", "asserted"),
    # a complaint with no target answers the last force against its country; a denial of it answers it
    ("Venezuela filed a complaint with the United Nations on Friday after U.S. warships sank a speedboat.", "VEN", "USA", "114", "asserted"),
    ("Dhaka denied on Friday that its border guards had shot an Indian farmer, after New Delhi lodged a complaint with the UN.",
     "BGDGOV", "IND", "016", "asserted"),
    # what a speaker says others will suffer threatens
    ('"Israel will pay a heavy price for this crime," Iran\'s foreign minister said.', "IRNGOV", "ISR", "130", "asserted"),
    ('"Anyone blocking the highways will be prosecuted," the head of Iran\'s judiciary said on Monday.', "IRNJUD", "IRN", "132", "asserted"),
    # targeting ships or positions attacks them; targeting with sanctions, or sanctions targeting, sanctions
    ("The Houthis vowed to keep targeting ships linked to Israel.", "YEMREB", "ISR", "1384", "asserted"),
    ("The EU targeted Russian banks with new sanctions.", "EU", "RUS", "163", "asserted"),
    # "his office said" after what it reports: the owner is the reported clause's subject
    ("IGAD's executive secretary Workneh Gebeyehu met President Salva Kiir in Juba on Monday and called for an inclusive dialogue, his office said.",
     "IGAD", "SSDGOV", "020", "asserted"),
    ("BAGHDAD — Hundreds of protesters rallied outside the United States embassy on Sunday.", "IRQOPP", "USA", "141", "asserted"),
    # border checks reintroduced or tightened restrict the neighbour; migrants returned are sent back
    ("Poland reintroduced checks on its border with Germany on Monday.", "POL", "DEU", "163", "asserted"),
    ("Germany has since returned several thousand migrants to Poland.", "DEU", "POL", "174", "asserted"),
    # a travel warning against a country, a terrorist designation and cut cultural links are sanctions
    ("China advised its citizens to avoid travelling to Japan on Friday.", "CHN", "JPN", "163", "asserted"),
    ("Washington designated the Houthis a foreign terrorist organisation on Wednesday.", "USAGOV", "YEMREB", "163", "asserted"),
    ("Azerbaijan cancelled all cultural events planned with Russia on Monday.", "AZE", "RUS", "161", "asserted"),
    # a verb written with a hyphen ("test-launched") keeps the subject the small model joins to its first half
    ("The U.S. Air Force test-launched an unarmed Minuteman III missile from California on Tuesday.", "USAMIL", None, "150", "asserted"),
    ("North Korea test-fired several short-range ballistic missiles into the sea on Wednesday.", "PRK", None, "150", "asserted"),
    ("Russia said it had tested a nuclear-powered cruise missile.", "RUS", None, "150", "asserted"),
    # the small model reads a past verb before a bare title and name as their adjective (repairs.py mends it)
    ("A court in the Kenyan town of Eldoret jailed blogger Peter Kamau for four years on Friday.", "KENJUD", "KEN", "173", "asserted"),
    ("Algerian President Abdelmadjid Tebboune pardoned novelist Karim Haddad on Thursday.", "DZAGOV", "DZA", "0841", "asserted"),
    ("A military court in Kinshasa sentenced opposition figure Jean-Pierre Lumbu to death on Tuesday, and his supporters marched through the capital.", "CODJUD", "CODOPP", "173", "asserted"),
    # (not when the phrase is the later verb's only subject: a headline's "Russia's jailed reporter")
    ("Russia jailed reporter Evan Gershkovich returned to the United States on Thursday.", None, None, None, None),
    # the same noun again is the one named before when its country is named only as the teller
    ("SEOUL — Russia confirmed that North Korean troops had been deployed to the Kursk region. The official news agency KCNA said the troops had driven Ukrainian forces out of the region.", "PRKMIL", "UKRMIL", "174", "asserted"),
    # a sector noun serving a body or a person the text places is of that one's country
    ("Olena Bilyk, a spokeswoman for the defence ministry in Kyiv, accused Moscow of shelling civilians in Kharkiv.", "UKRGOV", "RUSGOV", "112", "asserted"),
    # an arrest a foreign embassy reports is done at home, not to the embassy's country
    ("The government of President Faustin-Archange Touadera imposed a curfew in Bangui on Friday and arrested opposition leaders, a spokesman for the French embassy said.", "CAFGOV", "CAFOPP", "173", "asserted"),
    # a group of people named in no list of its size: the last people of as many countries named before
    ("Ghanaian President Kwame Asante received Togolese President Kodjo Amegbe and Beninese President Rock Houngbo in Accra on Friday. Houngbo thanked Amegbe for his mediation. The three presidents also agreed to open a joint customs post.", "GHAGOV", "BENGOV", "030", "asserted"),
    # (not after a crowd of that count named since: the three men released are the activists)
    ("Ghanaian President Kwame Asante received Togolese President Kodjo Amegbe and Beninese President Rock Houngbo in Accra on Friday. Police in Accra later detained three activists outside the venue. The three men were released on Saturday.", "GHAGOV", "TGOGOV", "043", "asserted"),
    # "this" judged stands for the last hostile act: its doer, or the party the speaker's country accused
    ('Venezuelan troops seized a Guyanese fishing boat on Monday. "This is a blatant provocation," Guyana\'s foreign minister said.', "GUYGOV", "VENMIL", "111", "asserted"),
    ('Moldova\'s president accused Moscow of buying votes. "This is an attack on our democracy," she said.', "MDAGOV", "RUSGOV", "111", "asserted"),
    # (not "this" as any act's object: welcomed, it is the offer, not the shelling before it)
    ("Israeli jets struck Gaza on Monday. Qatar offered to mediate a truce, and Hamas welcomed this.", "PSEINS", "QAT", "051", "asserted"),
    ("Manila said China's construction on the shoal was illegal.", "PHLGOV", "CHN", "111", "asserted"),
    ("Hamas fighters fired rockets at Israel on Monday. Thousands of Palestinians in Ramallah protested against the occupation.", "PSEINS", "ISR", "195", "asserted"),
    # what a speaker says another will suffer threatens it
    ('"Japan will suffer a crushing defeat if it interferes," a Chinese defence ministry spokesman said.', "CHNMIL", "JPN", "130", "asserted"),
    # (not what the speaker's side will do: "will crush inflation" threatens no one)
    ("Indian troops shelled Pakistani posts in Kashmir on Monday. Pakistan's finance minister said the government will crush inflation this year.", "INDMIL", "PAK", "194", "asserted"),
    # lexicon: grids unplugged, concerns raised with a party, customs posts reopened, a speech called confrontational
    ("Finland and Sweden unplugged their power grids from Russia's on Saturday.", "FIN", "RUS", "160", "asserted"),
    ("Canberra said it had raised concerns with Beijing over the naval drills.", "AUSGOV", "CHNGOV", "111", "asserted"),
    ("Chile and Argentina reopened two customs posts on their shared border on Wednesday.", "CHL", "ARG", "081", "asserted"),
    # (a post alone may be a diplomatic one: no border reopened)
    ("Britain reopened its diplomatic post in Tehran on Monday.", None, None, None, None),
    ("The Kremlin called the Finnish president's speech confrontational.", "RUSGOV", "FINGOV", "111", "asserted"),
    # "free" as an adjective frees no one
    ("Citizens of Mali and Niger may keep travelling visa-free in ECOWAS member states until a new arrangement is found.", None, None, None, None),
    # a noun after a comma sums up the clause whose verb is its own word, else the nearest act's
    ("Canada and Mexico sent medical teams to Jamaica after the storm, while China offered $2 million in aid, an offer Kingston called hypocritical.", "JAMGOV", "CHN", "111", "asserted"),
    ("Malawi recalled its ambassador from Maputo after Mozambique's president endorsed the rebel plan, a move Lilongwe described as a betrayal.", "MWIGOV", "MOZGOV", "111", "asserted"),
    # a lead whose doers are a group of two countries filed from a hub places no one by the hub
    ("WASHINGTON — The leaders of Armenia and Azerbaijan initialled a peace deal at the White House on Friday. Police arrested three protesters outside the gates.", "ARMGOV", "AZEGOV", "057", "asserted"),
    # a relative clause with no "that" whose verb the small model hangs on its own subject
    ("Russian gas stopped flowing through Ukraine after Kyiv refused to extend the transit deal, a move Hungary's prime minister condemned as sabotage.", "HUNGOV", "UKRGOV", "111", "asserted"),
    # one named person is no "them"; a name after a comma takes the country of the title it follows
    ("Kenyan President William Ruto met opposition leaders on Monday and urged them to end the protests.", "KENGOV", "KENOPP", "020", "asserted"),
    ("MAE SOT, Thailand — China's assistant minister of public security, Liu Zhongyi, who met Thai police chiefs this month, praised their work.", "CHN", "THACOP", "040", "asserted"),
    # freed "in exchange for" another: a swap, each frees the other's
    ("Belarus freed a Polish journalist in exchange for two Belarusian intelligence officers on Friday.", "BLR", "POLMED", "0841", "asserted"),
    # (a price paid is no swap: the hostages free no one)
    ("Kidnappers freed two Italian aid workers in exchange for a ransom on Monday.", "CRM", "ITA", "0841", "asserted"),
    # a noun told by its count ("dozens of arrests") is done by the subject of the verb the count is the object of
    ("Police made dozens of arrests in Nairobi on Tuesday.", "KENCOP", "KEN", "173", "asserted"),
    # diplomats serve where they are posted for countries the place does not name, nor the dateline
    ("VIENNA — Western diplomats in Vienna urged Tehran on Monday to let the inspectors back.", "WST", "IRNGOV", "020", "asserted"),
    ("VIENNA — Diplomats in Vienna said on Monday that Iran had expelled two inspectors.", "IRN", None, "166", "asserted"),
    # lexicon: credit extended, a spy network broken up, a reaction with fury
    ("China extended a $3 billion credit line to Pakistan on Tuesday.", "CHN", "PAK", "071", "asserted"),
    ("Ukraine's security service broke up a Hungarian spy network in Zakarpattia.", "UKRSPY", "HUNSPY", "173", "asserted"),
    ("Beijing reacted with fury to the Japanese prime minister's remarks on Taiwan.", "CHNGOV", "JPNGOV", "111", "asserted"),
    # a denial of what one did, told as a gerund, answers whoever it was done to
    ("Myanmar's junta denied shelling Thai villages on Friday.", "MMRGOV", "THA", "016", "asserted"),
    # a description whose words say only what kind ("the paramilitary group", "the regional bloc")
    # stands for the last one named
    ("Sudan's army accused the Rapid Support Forces of shelling a camp on Monday. The paramilitary group denied the charge.", "SDNUAF", "SDNMIL", "016", "asserted"),
    ("Timor-Leste joined ASEAN on Sunday. The regional bloc praised the reforms of Xanana Gusmao's government.", "ASEAN", "TLSGOV", "051", "asserted"),
    # "the alliance" is the organisation named before whose name says so, not the last one named
    ("Mali, Niger and Burkina Faso formed the Alliance of Sahel States in 2023 and quit ECOWAS on Sunday. The alliance's leaders thanked Russia for its support.", "AES", "RUS", "051", "asserted"),
    # a surname that opens with a particle, capitalised at a sentence's start, is the person named before
    ("Sudanese rebel commander Ibrahim al-Kuwaiti met Chadian officials in N'Djamena on Monday. Al-Kuwaiti later accused Egypt of arming the army.", "SDNREB", "EGY", "112", "asserted"),
    # kidnapped with no agent named: by the place's criminals, who free them after
    ("Two Cameroonian truck drivers who were kidnapped last month near Bangui were freed on Wednesday.", "CAFCRM", "CMRLAB", "0841", "asserted"),
    # the same noun again with a possessive is the one named before, not the dateline's
    ("KAMPALA, Uganda — The Kenyan embassy said on Monday that two students had been detained. A statement by the embassy's press office urged Ugandan police to release them.", "KENGOV", "UGACOP", "025", "asserted"),
    # a counted group of states named in no list: those its phrase names, then the last states named
    ("Captain Ibrahim Traore met Mali's junta leader in Bamako on Sunday. The three juntas, including Niger's, quit ECOWAS in January.", "MLI", "ECOWAS", "161", "asserted"),
    # ... never an armed group of no country ("the two countries" here are no two named)
    ("Islamic State fighters attacked Iraqi troops. The two countries condemned the attack.", "IMG", "IRQMIL", "190", "asserted"),
    # a headline's "N. Korea" is North Korea; "ahead of" a visit says when, not whom
    ("N. Korea fires ballistic missiles ahead of Lee's Japan trip", "PRK", None, "150", "asserted"),
    # a conjunct named by its compound ("the M23 group") is a party of the list
    ("Representatives of Congo and the M23 group signed an agreement on Wednesday.", "COD", "CODREB", "057", "asserted"),
    # released "in exchange for" others: a swap, as freed; a statement released is none
    ("Venezuela released five U.S. citizens on Saturday in exchange for the return of 180 Venezuelan migrants.", "USACVL", "VEN", "0841", "asserted"),
    ("Venezuela released a statement on Saturday in exchange for nothing.", "VEN", None, "010", "asserted"),
    # "remain jailed" tells a state that lasts, no arrest
    ("More than 800 people remain jailed for political reasons in Venezuela, a rights group said.", None, None, None, None),
    # an armed group that fights its own state is a side apart from it
    ("Sudan's army accused the Rapid Support Forces of blocking convoys. The European Union called on both warring parties to open humanitarian corridors.", "EU", "SDNUAF", "020", "asserted"),
    # who welcomes in the sentence is no side its group word stands for
    ("Thailand and Cambodia agreed on Wednesday to pull heavy weapons back from the border. China and the United States welcomed the agreement, and the UN chief urged both sides to respect it.", "UN", "KHM", "020", "asserted"),
    # "the two countries" after a sentence in which two acted on each other are those two, and
    # with no one else named they act on each other
    ("Mali's junta accused Algeria of sheltering armed groups, a charge Algiers denied. In April, the two countries recalled their ambassadors.", "DZA", "MLI", "161", "asserted"),
    # ... but what they tell all they do together, to no one of them
    ("China and Russia held talks in Beijing. The two countries threatened to retaliate.", "CHN", "RUS", "046", "asserted"),
    # "It said" after a sentence told by someone is that teller, and "its" in what it said too
    ("Rebels ambushed an army convoy near Goma on Tuesday, the Congolese military said. It said its aircraft later struck the rebels' positions.", "CODMIL", "CODREB", "190", "asserted"),
    # a foreign appeal with no target in a story whose acts were all one country's aims at it;
    # "including those of A, B and C" names who acted
    ("NAIROBI — Thousands of people protested in Nairobi on Wednesday, and police fired tear gas. Twelve Western embassies, including those of the United States, Britain and Germany, urged restraint.", "DEU", "KEN", "020", "asserted"),
    # Kenya's cabinet secretaries are ministers
    ("NAIROBI — Interior Cabinet Secretary Kipchumba Murkomen accused criminal gangs of hijacking the protests.", "KENGOV", "KENCRM", "112", "asserted"),
    # a counted group of people named in no list: the last states named before it
    ("Kenya's foreign minister hosted his Ugandan and Tanzanian counterparts in Nairobi on Monday. The three ministers agreed to meet again in March.", "TZA", "UGA", "036", "asserted"),
    # "he" after an organisation's head named by title is that head, speaking for it
    ("IAEA Director General Mariano Delgado told the agency's board on Wednesday that inspectors had been kept out. He urged Tehran to grant immediate access.", "IAEA", "IRNGOV", "020", "asserted"),
    # "the court's" is the court named before, as "the court" is
    ("Guyana asked the International Court of Justice to rule on the Essequibo. Venezuela does not recognise the court's jurisdiction, its foreign minister said on Monday.", "VEN", "ICJ", "120", "asserted"),
    # "the announcement of an election date" tells its own act: no back-reference to the last one
    ("China's envoy met Nepal's interim prime minister on Monday. The UN welcomed the announcement of an election date.", "UN", None, "051", "asserted"),
    # what partners agree to cooperate on is no party: they agree with each other
    ("Kenya, Uganda and Tanzania agreed on Monday to share intelligence on Somali militant networks.", "UGA", "TZA", "031", "asserted"),
    # "the rebels" of no country are the armed group of their kind named last, not the dateline's rebels
    ("AMMAN, Jordan — Yemen's Houthi rebels stormed a U.N. compound in Sanaa on Sunday. The rebels accused Saudi Arabia of planning the raid.", "YEMREB", "SAU", "112", "asserted"),
    # an official who tells what a state itself says speaks for that state, not for a ministry named before
    ("PARIS — Algeria ordered two French diplomats to leave, the Algerian foreign ministry said. France will respond firmly, foreign ministry spokeswoman Claire Morvan said on Wednesday, rejecting the accusations.", "FRAGOV", None, "010", "asserted"),
    # a place a state owns places who is in it ("in Cameroon's North-West region")
    ("Separatist fighters in Cameroon's North-West region have freed a local mayor.", "CMRREB", "CMRGOV", "0841", "asserted"),
    # "them" acted on after a sentence that acted on people is those people; a pronoun the verb
    # takes comes before a name deeper in its phrase
    ("The Houthis still hold at least 13 U.N. staff members. The group accused them of spying for Washington.", "YEMREB", "UN", "112", "asserted"),
    # "its" after a vessel acted on is the vessel's: its crew are no source's own people
    ("Australian border officers seized an Indonesian fishing boat on Sunday and detained its nine crew members.", "AUS", "IDN", "173", "asserted"),
    # who sits on a body named before is that body ("the judges" of the court)
    ("Guyana asked the International Court of Justice to rule on the Essequibo. On May 1, the judges ordered Venezuela to refrain from holding elections in the region.", "ICJ", "VEN", "100", "asserted"),
    # a retaliation's "with" phrase says with what: it answers the act against its country
    ("Indian missiles struck sites in Pakistan in May, and Islamabad retaliated with drones and artillery.", "PAKGOV", "IND", "170", "asserted"),
    # an official who tells of another state than the dateline's speaks for the dateline's
    ("BEIJING — Washington is interfering in China's internal affairs, foreign ministry spokesman Lin Jian said on Monday.", "CHNGOV", None, "010", "asserted"),
    # whom partners agree to act on is no topic of theirs
    ("Seoul and Washington agreed to put more pressure on Pyongyang.", "KORGOV", "PRKGOV", "030", "asserted"),
    # "will respond firmly" threatens whoever did the last hostile act against the speaker's country
    ("Algeria expelled two French diplomats on Tuesday. France will respond firmly, foreign ministry spokeswoman Claire Morvan said.", "FRA", "DZA", "132", "asserted"),
    # clashes no one is named in are between the story's two sides
    ("Thailand and Cambodia agreed on Wednesday to pull heavy weapons back from their border. The deal came three weeks after clashes around the Ta Krabey temple killed at least 11 soldiers.", "KHM", "THA", "190", "asserted"),
    # sources of several countries may each target another of them ("backed Tashkent's bid"), none its own
    ("The presidents of Kazakhstan, Kyrgyzstan and Uzbekistan met in Bishkek on Thursday. The three leaders also backed Tashkent's bid to host the summit of the Shanghai Cooperation Organisation.", "KAZ", "UZBGOV", "051", "asserted"),
    # a rejection with no target answers the last accusation against its country, an organisation's too
    ("The IAEA board censured Iran on Thursday. Tehran rejected the resolution.", "IRNGOV", "IAEA", "120", "asserted"),
    # a quoted judgement, parsed as the act noun's apposition
    ("Latvia shut Russia's consulate in Daugavpils, and Moscow called the decision \"Russophobic madness\".", "RUSGOV", "LVA", "111", "asserted"),
    # a threat with no target answers the last measure against its country
    ("Estonia expelled two Russian diplomats on Monday, and Moscow promised a painful response.", "RUSGOV", "EST", "130", "asserted"),
    # a past form after "had not … and" has no share in the perfect's negation
    ("The State Department said it had not blocked any shipments and accused the Cuban government of politicising the storm.",
     "USAGOV", "CUBGOV", "112", "asserted"),
    # an act noun names the act told before it in its own sentence
    ("The United States offered $3 million in relief to Cuba, but Havana called the offer \"hypocritical\".", "CUBGOV", "USA", "111", "asserted"),
    # people of a country place no untitled office acting on another
    ("Foreign Minister Tomasz Wrona accused Russia of recruiting two Belarusian citizens.", "GOV", "RUS", "112", "asserted"),
    # a roundup's items are stories of their own, each filed from the country its heading names
    ("World in brief\n\nLatvia\n\nPolice detained twelve protesters outside parliament on Monday.\n\n"
     "Finland\n\nPolice detained two Russian citizens near the border on Sunday.", "FINCOP", "RUSCVL", "173", "asserted"),
    # a title and a place-and-date line are no lead: the lead's two parties are "the Parties"
    ("JOINT STATEMENT BETWEEN THE REPUBLIC OF LATVIA AND THE REPUBLIC OF ESTONIA\n\nRiga, 9 March 2014\n\n"
     "The prime ministers of Latvia and Estonia held talks in Riga on Sunday.\n\n"
     "1. The Parties condemned the seizure of a Latvian fishing boat by Russian border guards.", "ESTGOV", "RUSCOP", "111", "asserted"),
    # "seizes this opportunity" seizes nothing; an envoy "of the European Union" is the EU's
    ("Vilnius, 9 March 2014 - The Minister received H.E. Ms. Anna Berg, Ambassador and Head of the Delegation of the "
     "European Union to Lithuania. The Ministry seizes this opportunity to renew its highest consideration.",
     "LTUGOV", "EU", "043", "asserted"),
    # a story with no dateline is its lead's country's: its untitled offices after the lead are that country's
    ("Kazakhstan keeps its distance\n\nKazakhstan has refused to join Western sanctions on Russia. Russian officials "
     "complained. In May the president flew to Moscow for talks.", "KAZGOV", "RUSGOV", "042", "asserted"),
    # a pronoun coordinated with a name is a party beside it
    ("Lukashenka flew to Moscow. There he and Vladimir Putin agreed to extend the lease on two radar stations.",
     "BLRGOV", "RUSGOV", "030", "asserted"),
    # an answer hung on the act it answers is no clause of that act
    ("Lithuanian officials accuse Minsk of flying balloons over the border, a charge Belarus's foreign ministry has repeatedly rejected.",
     "LTUGOV", "BLRGOV", "112", "asserted"),
    # a plural act noun stands for each doer of such acts on the same party
    ("Latvia and Estonia expelled Russian diplomats on Monday. Belarus condemned the expulsions.", "BLR", "EST", "111", "asserted"),
    # what others foresee announces no intent
    ("The presidents of Latvia and Lithuania are expected to sign a power deal next week.", "LVA", "LTU", "057", "future"),
    # a communiqué's numbered clauses are said by the body named in its preamble
    ("The Council of the European Union, meeting in Brussels on 7 March 2014,\n\n1. Condemns the seizure of a Latvian "
     "fishing boat by Russian border guards;\n\n2. Calls on Moscow to release its crew.", "EU", "RUSGOV", "020", "asserted"),
    # a roundup's item with no sentence of its own gives way to the next: "India: …" is India's
    ("KATHMANDU, May 5 (Reuters) - Nepal's police arrested 20 students on Monday.\n\nBhutan\n\n"
     "India: The foreign ministry summoned the Pakistani envoy on Monday.", "INDGOV", "PAKGOV", "114", "asserted"),
    # people from elsewhere take no earlier sector's country the dateline's story does not give them
    ("KYIV, May 5 (Reuters) - Russian reporters were expelled from Kyiv on Monday. Visiting journalists criticised the government.",
     "MED", "UKRGOV", "111", "asserted"),
    # a country heading after the story's first prose starts another story: it places nothing before it
    ("Protests spread\n\nPolice detained ten protesters outside parliament on Monday, the interior ministry said "
     "in a statement.\n\nFrance\n\nThe French government condemned the arrests.", "COP", "OPP", "173", "asserted"),
    # what is added to a list is the target, not the list's words
    ("The European Union added three Belarusian trading firms to its sanctions list for supplying Russian arms makers.",
     "EU", "BLR", "163", "asserted"),
    # an "it" that opens a passive with a clause stands for no one
    ("Estonia's foreign minister received the Latvian ambassador. Russian troops shelled a village. It was agreed that "
     "the two foreign ministers would meet again in Riga.", "ESTGOV", "LVAGOV", "043", "asserted"),
    # an interview's answers speak for the interviewee, the first official the text names
    ("Latvia's foreign minister on Russia\n\nRIGA - Latvia's foreign minister, Anna Ozola, spoke to us on Sunday.\n\n"
     "Q: Has Moscow answered your note?\n\nA: No. We have asked Russia to return the two fishermen it detained.",
     "LVAGOV", "RUS", "020", "asserted"),
    # a live blog that puts its newest entry first is read from its last entry up
    ("Live: Baltic row\n\n18:40 GMT - The Kremlin called the expulsion a provocation.\n\n18:05 GMT - Estonia said it "
     "would not follow.\n\n17:55 GMT - Latvia expelled two Russian diplomats on Monday.", "RUSGOV", "LVA", "111", "asserted"),
    # a leader's oversight of a missile launch is the launch, a show of force aimed at no one
    ("Kim Jong Un oversaw the launch of a new hypersonic missile on Sunday.", "PRKGOV", None, "150", "asserted"),
    # ... not a satellite's launch
    ("Japan's successful launch of a weather satellite drew praise from Washington.", "USAGOV", "JPN", "051", "asserted"),
    # a stance with what it stands against names no actor ("opposition to")
    ("Lithuania's president called for joint opposition to unilateral tariffs during talks with Poland's president.",
     "LTUGOV", "POLGOV", "046", "asserted"),
    # ... but as a verb's subject it is the body that acts
    ("CARACAS, Venezuela — The opposition to President Nicolas Maduro called for nationwide protests on Saturday.",
     "VENOPP", "VEN", "020", "asserted"),
    # ... also when its questions are paragraphs of their own that end in a question mark
    ("Estonia's envoy on the border\n\nEstonia's ambassador to Finland, Mari Tamm, talked to us.\n\nHow did Tallinn respond?\n\n"
     "We condemned the incursion, and we asked Russia to explain it.\n\nWill you go to the UN?\n\nNot yet.",
     "ESTGOV", "RUS", "020", "asserted"),
    # an interview's answers: not a quotation under an explainer's question headings (whoever is quoted speaks)
    ("What we know about the drone strike\n\nUkraine's president Volodymyr Zelensky said on Sunday that drones hit an "
     "oil depot near Moscow.\n\nWhat happened in Moscow?\n\nRussia's defence ministry said air defences downed 30 "
     "drones.\n\nHow did the Kremlin react?\n\nKremlin spokesman Dmitry Peskov said: \"We condemn this terrorist attack.\"",
     "RUSGOV", None, "111", "asserted"),
    # ... nor a paragraph opening with an initial like the answer marker "A." ("A.U. Commission …"; on
    # the cases' date Youssouf is Djibouti's foreign minister)
    ("Mali's junta leader Assimi Goita spoke on Monday.\n\nA.U. Commission chairman Mahmoud Ali Youssouf said: "
     "\"We condemn the coup in Guinea-Bissau.\"", "DJIGOV", "GNB", "111", "asserted"),
    # a subject after the phrase that opens the sentence, which the parser joins to it
    ("Under the mediation of the State of Qatar, Latvia and Belarus signed a declaration of principles.", "LVA", "BLR", "057", "asserted"),
    # what an act's noun sends is never its target ("the sale of F-16 fighter jets")
    ("Russian troops crossed the border in February. Days later Washington approved the sale of F-16 fighter jets to Poland.",
     "USAGOV", "POL", "072", "asserted"),
    # a division with no name of its own is its place's, and the possessive's country owns it
    ("Sudanese forces raided a market in South Sudan's Ruweng area on Sunday, killing at least 23 people.",
     "SDNMIL", "SSDCVL", "180", "asserted"),
    # a name after a fronted time, which the parser reads as the time's, is the subject
    ("In December Vilnius accused Minsk of flying balloons over the border.", "LTUGOV", "BLRGOV", "112", "asserted"),
    # an application for membership asks to be let in
    ("Moldova applied for membership of the European Union in March 2022.", "MDA", "EU", "022", "asserted"),
    # the formal praise of state media
    ("Foreign Minister Araghchi appreciated the Sultanate of Oman's constructive role in the talks.", "IRNGOV", "OMN", "051", "asserted"),
    # a noun rule's object named in two words ("the test of a nuclear device")
    ("North Korea carried out the test of a nuclear device on Sunday.", "PRK", None, "150", "asserted"),
    # an adjective that sorts a thing names no one ("its military accord", "civilian rule"), even
    # after an earlier sentence placed the sector it names
    ("Turkish forces shelled a village. The Europeans pressed for civilian rule; Ankara ended its military accord "
     "with them in May.", "TURGOV", "EUR", "161", "asserted"),
    # one who leads a body the text places is of its country; revoking agreements ends ties
    ("Guinea's junta was isolated. Within weeks the junta, led by Colonel Mamadi Bakary, revoked its defence "
     "agreements with Paris. In April, Bakary received a Turkish envoy.", "GINGOV", "FRAGOV", "161", "asserted"),
    ("Guinea's junta was isolated. Within weeks the junta, led by Colonel Mamadi Bakary, revoked its defence "
     "agreements with Paris. In April, Bakary received a Turkish envoy.", "GIN", "TURGOV", "043", "asserted"),
    # two people coordinated after a fronted phrase, the first read into it by the parser
    ("On 2 March, at a villa outside Doha, President Paul Kagame of Rwanda and President Felix Tshisekedi of Congo "
     "initialled a framework accord.", "RWAGOV", "CODGOV", "057", "asserted"),
    # a mutual act of two parties with a third named by a pronoun
    ("Emir Tamim hosted the leaders on Sunday. President Paul Kagame and President Felix Tshisekedi signed a "
     "declaration with him.", "RWAGOV", "QATGOV", "057", "asserted"),
    # a negated act in a condition is neither an act nor a refusal, also when the condition is told
    # by inversion
    ("If Turkey had not recognised the new government in Damascus, Jordan would have kept its border closed.",
     "TUR", "SYRGOV", "054", "hypothetical"),
    ("Had Ankara not recognised the new government in Damascus, Amman might have kept the border shut.",
     "TURGOV", "SYRGOV", "054", "hypothetical"),
    # a pronoun opening a sentence is the last sentence's main subject, not a doer in its subordinate clause
    ("Jordan declined to send warships to the Red Sea, even as Houthi attacks on shipping cut its port revenue. "
     "In March it rejected a proposal by President Trump.", "JOR", "USAGOV", "120", "asserted"),
    # an order of weapons from a country is a purchase
    ("Indonesia ordered 42 Rafale jets from France in 2022.", "IDN", "FRA", "061", "asserted"),
    # a time clause before its verb, which the parser reads as what the verb says
    ("In May 2023, when clashes along the Ferghana border killed dozens of Tajik citizens, Dushanbe criticised "
     "the CSTO for its silence.", "TJKGOV", "CSTO", "111", "asserted"),
    ("In June 2021, when fighting between Armenian and Azerbaijani troops killed dozens of soldiers, Yerevan "
     "criticised the CSTO for its silence.", "ARMGOV", "CSTO", "111", "asserted"),
    # (not a clause of its own set off by a comma: what the officials said)
    ("Before Iran closed the strait, Washington struck its ports, officials said.", "USAGOV", None, "190", "asserted"),
    # an object named with its "of" phrase ("a note of protest")
    ("The Tajik foreign ministry handed the Uzbek ambassador a note of protest over the arrests.", "TJKGOV", "UZBGOV", "114", "asserted"),
    # an essay with no dateline is about its lead's country: another state's act that needs a
    # partner, with none named, is aimed at it
    ("Dushanbe's Two Creditors\n\nTajikistan has borrowed from Beijing and Moscow for two decades. In 2021 "
     "Beijing declined to write off any of the debt, but it agreed to delay payments.", "CHNGOV", "TJK", "030", "asserted"),
    # two coordinated people, the first read by the parser into the time that opens the sentence
    ("In May 2019 Moldova's special envoy Ion Rusu and Romanian deputy foreign minister Dan Popa met in Vienna "
     "for talks on transit.", "MDAGOV", "ROUGOV", "040", "asserted"),
    # a capitalised description alone ("the Fund") stands for the organisation named before
    ("Zambia signed a programme with the IMF in 2022. In March 2024 the Fund expanded its loan to Zambia.",
     "IMF", "ZMB", "071", "asserted"),
    # a passive with its agent is read as one, also when it has a clause ("were warned by … that")
    ("Two Armenian banks were warned by the State Department that they could face sanctions.",
     "USAGOV", "ARM", "130", "asserted"),
    # a reaction told in the passive is aimed at whose the act is, not at its victims
    ("Baku's arrests of journalists were condemned by the European Parliament.", "EU", "AZEGOV", "111", "asserted"),
    ("The European Parliament condemned the killing of protesters in Tbilisi by riot police.", "EU", "GEOCOP", "111", "asserted"),
    # a sector adjective of people says whose they are (no thing it sorts)
    ("President William Ruto met military commanders on Monday.", "KENGOV", "KENMIL", "040", "asserted"),
    # a later verb the parser leaves hanging on the first shares its subject
    ("As president, Ruto released a report that blamed the minister, then flew to Addis Ababa in July.",
     "KENGOV", "ETHGOV", "042", "asserted"),
    # a narrative's time is told from the last date the text told ("two years later", "the following year")
    ("In 2008 Russia recognised Abkhazia. Two years later, Moldova refused to recognise Abkhazia's independence. "
     "The following year Chisinau expelled a Russian diplomat.", "MDAGOV", "RUSGOV", "161", "asserted"),
    # in a story with no dateline, an act told in the past with no date of its own is of the year of
    # its paragraph's last act dated to a month or a year (not of a day, nor across paragraphs, nor
    # in the document's own year)
    ("Ashgabat's balancing act\n\nTurkmenistan has long balanced between Moscow and Beijing. In June 2019 "
     "Ashgabat hosted Xi Jinping. President Berdimuhamedow signed a gas deal with him.", "TKMGOV", "CHNGOV", "057", "asserted"),
    # (a year so carried tells no time of its own: "later that month" is still the month told before)
    ("In March 2011 Moscow cut gas supplies to Minsk. Kyiv condemned Moscow. Later that month, Lukashenko accused "
     "Moscow of blackmail.", "BLRGOV", "RUSGOV", "112", "asserted"),
    # people hold the offices of the time the sentence tells (Michel led the European Council 2019-2024)
    ("In October 2022 Charles Michel visited Astana.", "EU", "KAZGOV", "042", "asserted"),
    # a place deeper in the object's own phrase, a region named by its owner
    ("Last month Vilnius summoned Belarus's envoy after Belarusian drones struck a pumping station on the "
     "Druzhba pipeline in Lithuania's Alytus county.", "BLR", "LTU", "190", "asserted"),
    # an announced package of money is a pledge of aid
    ("In Samarkand on 4 April 2025, Ursula von der Leyen announced a 12 billion euro package for Kazakhstan.",
     "EU", "KAZ", "033", "asserted"),
    # "the kingdom" is the state named before whose formal name says so (the Kingdom of Morocco)
    ("Rabat hosted the Algerian envoy in May. Algiers then recalled its ambassador from Paris, and the kingdom "
     "praised the decision.", "MAR", "DZAGOV", "051", "asserted"),
    # two parties of a group word acting on people of no other country act on each other's
    ("Armenia and Azerbaijan quarrelled in May. The two countries expelled two diplomats each within a day.",
     "ARM", "AZE", "161", "asserted"),
    # (the diplomats read as one party's: "each other's" is still both ways; the case above already
    # has its target from the group word)
    ("Chile and Peru quarrelled over fishing rights in 2023. The two countries expelled each other's top diplomats, "
     "officials in Lima said.", "CHL", "PER", "161", "asserted"),
    # people of no country are no party's own: the rebels are the target
    ("Armenia and Azerbaijan quarrelled in May. The two countries condemned the rebels.", "ARM", "REB", "111", "asserted"),
    # a hostile reaction to "that" is aimed at the doer of the last hostile act; not at the victims of
    # an attack it condemns
    ("Malaysia on Gaza\n\nMalaysia's foreign minister talked to us.\n\nQ: What happened to your "
     "hospital?\n\nA: It kept working until Israeli forces besieged it in 2024. We condemned that, and we condemn "
     "every attack on civilians.", "MYSGOV", "ISRMIL", "111", "asserted"),
    # a communiqué's numbered clause whose verb follows an adverb is the body's, as the others are
    ("The Peace and Security Council,\n\n1. Strongly condemns the attacks by the RSF on civilians in El Fasher;",
     "AU", "SDNUAF", "111", "asserted"),
    # ... the act told last: a deal told after the attack is what is condemned, not the attack
    ("Russian troops shelled Kharkiv in May. Germany signed a deal with Russia on Monday. Poland condemned that.",
     "DEU", "RUS", "057", "asserted"),
    # a yes-or-no question asks whether an act happened, it tells none; the act its nouns presuppose
    # is told ("Thailand's demand")
    ("Did Indonesia recognise Myanmar's military government?", "IDN", "MMRGOV", "054", "hypothetical"),
    ("Has Cambodia responded to Thailand's demand that it remove landmines along the border?", "THA", "KHM", "100", "asserted"),
    # the place of what a peaceful act is about is no party of it (the host is the only one named)
    ("Turkey hosted talks on the war in Ukraine in Istanbul last week.", "TUR", None, "043", "asserted"),
    # two sides fighting together: each one's people killed or wounded by the other
    ("Thai and Cambodian soldiers exchanged fire near a disputed temple on Friday, killing one Cambodian soldier "
     "and wounding two Thai rangers, both armies said.", "THAMIL", "KHMMIL", "180", "asserted"),
    # ... not allies striking a group in one of their lands
    ("Ugandan and Congolese soldiers attacked camps of the Allied Democratic Forces near Beni on Thursday.",
     "CODMIL", "CODINS", "190", "asserted"),
    # arms ordered with no order to do anything are bought (the seller named by its adjective)
    ("Egypt ordered French Rafale jets in 2015.", "EGY", "FRA", "061", "asserted"),
    # a place in a body: its "in" phrase names the body (hung on the verb by the parser or not)
    ("Armenia suspended its membership in the CSTO.", "ARM", "CSTO", "161", "asserted"),
    ("In February 2024 Armenia froze its participation in the CSTO.", "ARM", "CSTO", "161", "asserted"),
    # ... only the "in" right after the noun: a place set before the clause is where
    ("In Moscow, Armenia suspended its membership in the CSTO.", "ARM", "CSTO", "161", "asserted"),
    # officials a state sends are its own, not those of the last ministry named; "the two sides" are
    # then the sender and the host
    ("Chinese Foreign Minister Wang Yi visited Bamako in late August. Iran sent a deputy foreign minister to "
     "Niamey in January, and the two sides signed a memorandum on mining.", "IRNGOV", "NERGOV", "057", "asserted"),
    ("Iran sent a deputy foreign minister to Niamey in January.", "IRN", "NERGOV", "042", "asserted"),
    # a page's "Skip to content" is no lead: the essay's country is its title's, and its bare
    # offices and opposition are that country's, not the last foreign officials'
    ("Skip to content\n\nZambia's Copper Bet\n\nZambia has courted every lender since 2010. Chinese officials "
     "declined to commit in 2011.\n\nOpposition lawmakers then accused the government of hiding the loan terms.",
     "ZMBOPP", "ZMBGOV", "112", "asserted"),
    # a refusal of a promise is a refusal, never the promise; with no date of its own a past act is
    # dated by what it refused or ordered, when that is past too
    ("Chinese officials declined to commit funds to Kenya in 2011.", "CHNGOV", "KEN", "120", "asserted"),
    ("The Chadian government ordered US special forces to leave in April 2013.", "TCDGOV", "USAMIL", "174", "asserted"),
    # ... not by a deadline
    ("The Chadian government ordered US special forces to leave before April 2013.", "TCDGOV", "USAMIL", "174", "asserted"),
    # "the two governments" with one party named in the sentence, in a story about another state:
    # that party and the story's state
    ("Nicaragua's pivot\n\nNicaragua has spent its history in Washington's shadow.\n\nWithin weeks Chinese "
     "officials had delivered a first batch of vaccine doses, and in August 2011 the two governments signed a free "
     "trade agreement.", "NIC", "CHN", "057", "asserted"),
    # "Aliyev" alone is Azerbaijan's president since 2003; his country's leader's name in another spelling
    ("Pashinyan and Aliyev initialled a peace agreement in Washington in August 2025.", "ARMGOV", "AZEGOV", "057", "asserted"),
    ("In January 2023 Xi Jinping hosted Serdar Berdimuhamedov in Beijing.", "CHNGOV", "TKMGOV", "043", "asserted"),
    # arms ordered with no seller named are the buyer's own: no relation
    ("Poland ordered 250 Abrams tanks.", None, None, None, None),
    # forces joining another's for an exercise cooperate with them, both ways
    ("Kenyan troops joined American forces for the Justified Accord exercise at Isiolo.", "KENMIL", "USAMIL", "062", "asserted"),
    # a state taken to a court is sued; a deferral granted eases a demand; lobbying appeals
    ("Mexico took Ecuador to the International Court of Justice in April 2013.", "MEX", "ECU", "115", "asserted"),
    ("Beijing granted Tonga a five-year deferral on its loan repayments.", "CHNGOV", "TON", "080", "asserted"),
    ("Chinese diplomats lobbied Kenyan legislators to reject the bill.", "CHNGOV", "KENLEG", "020", "asserted"),
    ("The minister took questions from reporters.", None, None, None, None),
    # a passive suspension from an organisation: the organisation suspended the member
    ("Fiji was suspended from the Pacific Islands Forum in 2009.", "PIF", "FJI", "160", "asserted"),
    ("Mali was suspended from the African Union after the coup.", "AU", "MLI", "160", "asserted"),
    # (only a member named by the subject itself, from a body named itself: aid suspended from an
    # agency is no exclusion by the agency)
    ("US aid was suspended from UNRWA in January.", None, None, None, None),
    ("Funding was withdrawn from the World Health Organization last year.", None, None, None, None),
    # a participle describing a preposition's object is no act of the clause's subject
    ("Monitors reported in January 2013 that the Emirates had used the airstrip to ship weapons to the Rapid Support "
     "Forces fighting in neighbouring Sudan.", None, None, None, None),
    # (after a place's name the participle is the subject's act again)
    ("Lavrov spent Monday in Ankara urging Turkey to reopen the straits.", "RUSGOV", "TUR", "020", "asserted"),
    # a pronoun names whom a host receives; what happens "where" a dated visit took its actor is dated so
    ("In December 2012 Dissanayake made his first state visit to New Delhi, where Modi hosted him.",
     "IND", "LKA", "043", "asserted"),
    # (not what goes on there still: the shelling is of the document's day, not of the mission's year)
    ("In 2012 the UN sent observers to Syria, where government forces are shelling civilians.",
     "SYRMIL", "SYRCVL", "194", "asserted"),
    # a month named alone after a date of an earlier year is of the story's year
    ("In February 2012 Brazil offered to mediate between Venezuela and Guyana. In June Maduro told parliament that "
     "Caracas rejected the offer.", "VENGOV", "BRA", "120", "asserted"),
    # (in its paragraph only: a paragraph later the month is the last one before the document's date)
    ("In February 2012 Brazil offered to mediate between Venezuela and Guyana.\n\nIn June Maduro told parliament "
     "that Caracas rejected the offer.", "VENGOV", "BRA", "120", "asserted"),
    # a refusal whose complement its family cannot code is at least no act done
    ("Mongolia declined to join the Eurasian Economic Union in 2013.", "MNG", "EEU", "057", "negated"),
    # aid withdrawn is aid cut
    ("Washington withdrew a 480 million dollar grant to Sri Lanka in 2012.", "USAGOV", "LKA", "162", "asserted"),
    # (a sum taken out of a market is no aid cut)
    ("Foreign investors withdrew $5 billion from Chinese markets in March.", None, None, None, None),
    # a conjunct with a subject of its own does not share the first clause's negation
    ("Rabat summoned no ambassador, but state media accused Algiers of sabotage.", "MED", "DZAGOV", "112", "asserted"),
    ("The Mongolian government did not approve either deal, and in 2012 a Mongolian court suspended the Russian "
     "contract.", "MNGJUD", "RUS", "160", "asserted"),
    # what a reaction is to happened, whatever became of the reaction
    ("Mongolia has never condemned the Russian invasion of Ukraine.", "RUS", "UKR", "190", "asserted"),
    # a title naming its state as an owner ("Mongolia's … Gamble") makes the essay that state's: its
    # bare government is Mongolia's, not that of the last foreign ministry named
    ("Mongolia's Third-Neighbour Gamble Meets Its Limits\n\nUkraine's foreign ministry denounced the visit in 2013."
     "\n\nThe government then summoned the Ukrainian ambassador.", "MNGGOV", "UKRGOV", "114", "asserted"),
    # a name no dictionary knows, doing an act in a story with no dateline, is of the story's state
    ("Montenegro's Western Turn\n\nMontenegro has courted Brussels for years.\n\nIn 2013 the daily Vijesti accused "
     "the government of hiding the terms of the Chinese loan.", "MNE", "MNEGOV", "112", "asserted"),
    # suspects taken to court are no state sued
    ("Police took the suspects to court on Monday.", None, None, None, None),
    # ... but a phrase of the first verb's that the parser takes for the conjunct's subject is no clause
    ("The president has never put in doubt Kazakhstan’s membership in the Collective Security Treaty Organization "
     "(CSTO) or the Eurasian Economic Union, called for the closure of Russian military facilities on Kazakh "
     "territory, or for an end to the joint air defense system.", "KAZ", "RUSMIL", "020", "negated"),
    # someone "at their side" or "in attendance" is present, no party of the act
    ("Kenya and Uganda signed a border accord in 2012, with the Chinese ambassador at their side.", "KEN", "UGA", "057",
     "asserted"),
    ("Ghana signed a fisheries accord with Togo in 2011, with the Chinese ambassador in attendance.", "GHA", "TGO", "057",
     "asserted"),
    ("Kenya and Uganda signed a border accord in 2012, with the Chinese ambassador to Kenya at their side.", "KEN", "UGA",
     "057", "asserted"),
    # a borrower names its lender: the lender's loan
    ("In 2011 Laos borrowed heavily from Chinese banks.", "CHN", "LAO", "071", "asserted"),
    # buying stopped is trade cut, aimed at where the goods come from
    ("Lithuania stopped buying Russian gas in 2012.", "LTU", "RUS", "163", "asserted"),
    ("India halted purchases of Iranian oil in 2012.", "IND", "IRN", "160", "asserted"),
    # a nomination for a prize honours its nominee
    ("Rwanda nominated Obama for the Nobel Peace Prize in 2009.", "RWA", "USAELI", "051", "asserted"),
    # a declaration brokered is mediated between its parties
    ("In 2012 Erdogan brokered a declaration between Sudan and South Sudan.", "TURGOV", "SDN", "045", "asserted"),
    # "foreign" people are of no country the story's place gives (the act's target is then guessed)
    ("Kenyan police arrested three foreign nationals in Nairobi in 2012.", "KENCOP", "KEN", "173", "asserted"),
    # a time between "have" and its participle leaves the subject its verb's
    ("Thai officials have for years accused Cambodian troops of crossing the border.", "THAGOV", "KHMMIL", "112",
     "asserted"),
    ("Caracas has since 2010 refused to extradite the former Colombian officer.", "VENGOV", "COL", "121", "asserted"),
    # what is begun is dated when it begins
    ("In April 2012 Russia began withdrawing its troops from Georgia's border posts.", "RUS", "GEO", "0874",
     "asserted"),
    # the spokesman who reports a reaction is not what it reacts to; rebels acting at another
    # country's place are not the reporting state's
    ("Tuareg rebels attacked an army convoy near Gao in 2012, and Britain condemned the attack, a Foreign Office "
     "spokesman said.", "GBR", "MLIREB", "111", "asserted"),
    # a rebel force of a country is no other party of it: "the army" is still the one named before
    ("JEDDAH, Saudi Arabia - Sudan's army and the Rapid Support Forces sent delegations to Jeddah in 2013. The RSF "
     "accused the army of bombing villages.", "SDNUAF", "SDNMIL", "112", "asserted"),
    # the first of a list of subjects after an opening time is a subject, not the time's noun
    ("In March 2012 Mali, Niger and Chad announced that they would close their borders to Libya.", "MLI", "LBY",
     "163", "future"),
    # an airport's code is no place: an acronym no dictionary knows is an actor
    ("The Chadian government blamed the FPR for the raid in 2012.", "TCDGOV", "TCD", "112", "asserted"),
    # what an act is called names no target: the act's doer is
    ("Hungary vetoed the EU's new sanctions package in 2013. Ukraine's foreign minister called the veto \"a gift to "
     "Moscow\".", "UKRGOV", "HUN", "111", "asserted"),
    # trucks stopped at a border are supplies cut
    ("In 2012 Turkey stopped fuel trucks at the border with Syria.", "TUR", "SYR", "163", "asserted"),
    # ... but a truck or convoy of people stopped is no supply cut
    ("In 2013 Hungarian police stopped a truck carrying 50 migrants.", None, None, None, None),
    # fuel sent is relief
    ("China sent petrol to North Korea as a gift in 2012.", "CHN", "PRK", "073", "asserted"),
    # money unfrozen eases a sanction; money transferred is given
    ("The EU unfroze 200 million euros for Belarus in 2013.", "EU", "BLR", "085", "asserted"),
    ("In 2012 Brussels transferred 100 million euros to Tunisia.", "EU", "TUN", "071", "asserted"),
    # in an essay on one state, another state's act with no target is aimed at it, even where the
    # sentence names the essay state's own people; a visit too
    ("Cyprus Between Ankara and Moscow\n\nFor a decade Nicosia has tried to keep the European Union on its side.\n\n"
     "In 2013 Moscow, whose citizens held many of the deposits, refused to extend a second loan, and the finance "
     "minister returned empty-handed.", "RUSGOV", "CYP", "122", "asserted"),
    ("Cyprus Between Ankara and Moscow\n\nFor a decade Nicosia has tried to keep the European Union on its side.\n\n"
     "In 2011 President Erdogan visited the fenced-off resort of Varosha.", "TURGOV", "CYP", "042", "asserted"),
    # ... and its opposition, students and courts are its own
    ("Zambia's Chinese Debt\n\nFor a decade Lusaka has borrowed from Beijing.\n\nIn 2013 the opposition "
     "accused the government of hiding the terms of the loans.", "ZMBOPP", "ZMBGOV", "112", "asserted"),
    # a that-clause told as done is a claim, not a demand
    ("Caracas insisted in 2012 that it had never sheltered the rebels.", "VENGOV", None, "010", "asserted"),
    ("Kyiv insisted in 2013 that Moscow withdraw its troops.", "UKRGOV", "RUSGOV", "105", "asserted"),
    # a base handed over is a force withdrawn
    ("In 2013 France handed over its last military base to the Ivorian army.", "FRA", "CIVMIL", "0874", "asserted"),
    # ... but a facility of no army is handed over as any thing is
    ("Japan handed over a new hospital facility to Cambodia in 2014.", "JPN", "KHM", "063", "asserted"),
    # ... and so are its appeals and criticisms
    ("Cyprus Between Ankara and Moscow\n\nFor a decade Nicosia has tried to keep the European Union on its side.\n\n"
     "In 2013 Brussels criticised the handling of the banks.", "EU", "CYP", "111", "asserted"),
    # a time opening the sentence dates its past acts with none of their own, whatever clause the
    # parser hangs it on
    ("In January 2013 a gunman attacked the Azerbaijani embassy in Tehran, killing a guard; Azerbaijan evacuated its "
     "diplomats and blamed the Iranian authorities.", "AZE", "IRNGOV", "112", "asserted"),
    # the place a trip is made to, named by the verb that chooses it
    ("In 2012 the Lao prime minister made Hanoi his first foreign trip.", "LAOGOV", "VNMGOV", "042", "asserted"),
    ("The Sri Lankan president chose New Delhi for his first state visit in 2013.", "LKAGOV", "INDGOV", "042",
     "asserted"),
    # ... but not where the sentence names another country's place, nor when the act is about the
    # source's own people
    ("Astana's Tightrope\n\nFor three decades Kazakhstan has balanced Russia and China.\n\nIn 2013 Washington "
     "criticised the shelling of Donetsk.", "USAGOV", None, "111", "asserted"),
    ("Astana's Tightrope\n\nFor three decades Kazakhstan has balanced Russia and China.\n\nIn 2013 the EU "
     "criticised its own members for the delay.", "EU", None, "111", "asserted"),
    # what a noun of talk holds is no act told
    ("The idea that Lukashenko had promised concessions to Moscow in 2012 refuses to go away.", "BLRGOV", "RUSGOV",
     "030", "hypothetical"),
    ("In 2013 there was speculation that Nazarbayev would visit Beijing in May.", "KAZGOV", "CHNGOV", "042",
     "hypothetical"),
    # "the two governments" with no list of their sentence: the states just named, before a list
    # named long ago
    ("Bratislava and Budapest signed a border accord in 2009.\n\nIn 2011 Baghdad expelled the Turkish ambassador. "
     "Turkey denied the charges. In 2012, however, the two governments held quiet talks.", "IRQ", "TUR", "046",
     "asserted"),
    # a state and its government are one side: "the two sides" are the lender and the essay's state
    ("Tunisia's Balancing Act\n\nFor a decade Tunisia has courted both Europe and the Gulf.\n\nIn 2012 Doha lent "
     "500 million dollars to help repay a maturing bond, and the two sides signed a trade deal.", "QATGOV", "TUN",
     "057", "asserted"),
    # a list of one country's people received by another's leader is one side
    ("In 2013 Obama received Nawaz Sharif and Asif Ali Zardari at the White House, where the two sides discussed "
     "security.", "USAGOV", "PAKGOV", "040", "asserted"),
    # training and fighting alongside are military cooperation
    ("In 2013 US special forces trained Senegalese commandos during a desert exercise.", "USAMIL", "SEN", "062",
     "asserted"),
    ("American officers trained alongside Jordanian units in 2012.", "USACOP", "JOR", "062", "asserted"),
    ("Chadian troops fought alongside French forces in northern Mali in 2013.", "TCDMIL", "FRAMIL", "062",
     "asserted"),
    # money deposited in a central bank props up its currency; aid withheld, shipments halted, support
    # withdrawn are sanctions; a vote for a state's draft supports it
    ("In 2013 Qatar deposited 2 billion dollars in the central bank of Egypt.", "QAT", "EGY", "071", "asserted"),
    ("In 2012 the European Commission withheld the second tranche of its loan to Kosovo.", "EU", "XKX", "162",
     "asserted"),
    ("In 2012 Saudi Arabia halted shipments of subsidised oil to Egypt.", "SAU", "EGY", "160", "asserted"),
    ("In 2013 the German export credit agency withdrew its support for the Ilisu dam in Turkey.", "DEU", "TUR", "160",
     "asserted"),
    ("In 2012 Venezuela voted for a Russian draft resolution on Syria.", "VEN", "RUS", "051", "asserted"),
    # a list of subjects after an opening time, read as the time's object, is the verb's subject
    ("In 2012 Britain, France and Italy condemned the coup in Mali.", "GBR", "MLI", "111", "asserted"),
    # arriving by air, coming or going to a capital are visits; planes and forces landing, coming to
    # power or to someone's aid are none
    ("In 2012 Qassem Soleimani landed in Baghdad and drove to the home of a senior politician.", "IRNMIL", "IRQGOV",
     "042", "asserted"),
    ("Foreign Secretary William Hague came to Rabat on 1 June 2012.", "GBRGOV", "MARGOV", "042", "asserted"),
    ("Idriss Deby went to the Kremlin on 24 January 2013.", "TCDGOV", "RUSGOV", "042", "asserted"),
    ("In 2013 Putin came to power again.", None, None, None, None),
    ("In 2013 two Australian military planes landed in Port Vila with relief supplies.", None, None, None, None),
    # leaving a body, or a deal, cuts ties; forces pulled out of a place retreat
    ("Niger announced its withdrawal from ECOWAS on 28 January 2013.", "NER", "ECOWAS", "161", "asserted"),
    ("In 2012 Mali pulled out of ECOWAS.", "MLI", "ECOWAS", "161", "asserted"),
    ("In 2012 Russia pulled out of the grain deal with Ukraine.", "RUS", "UKR", "161", "asserted"),
    ("In 2012 French troops pulled out of Kabul.", "FRAMIL", "AFGGOV", "0874", "asserted"),
    # a suspension or a veto of one's own lifted is a concession
    ("In 2013 Slovakia lifted its veto on the EU's budget.", "SVK", "EU", "080", "asserted"),
    # a guest welcomed to a capital is received
    ("President Kikwete welcomed Vice-President Joe Biden to Dar es Salaam in March 2013.", "TZAGOV", "USAGOV", "043",
     "asserted"),
    # a lender's facility approved is aid; money for clinics cut is aid cut
    ("In 2012 the International Monetary Fund approved a four-year Extended Credit Facility for Malawi.", "IMF",
     "MWI", "071", "asserted"),
    ("In 2013 Washington cut the money for HIV clinics in Malawi.", "USAGOV", "MWI", "162", "asserted"),
    # an envoy thrown out is expelled; a case thrown out is rejected
    ("In 2013 the Kremlin answered by throwing out Latvia's chargé d'affaires.", "RUSGOV", "LVAGOV", "161",
     "asserted"),
    ("In 2012 the International Court of Justice threw out Croatia's case against Serbia.", "ICJ", "HRV", "120",
     "asserted"),
    # review of session 20: an older list a state just named belongs to is still the pair; troops and
    # rebels of one country are two sides (only a list of one country's people is one)
    ("In 2011 Sudan and South Sudan signed an oil deal. China welcomed it. In 2012 the two countries exchanged fire.",
     "SDN", "SSD", "190", "asserted"),
    ("In 2012 Syrian troops and rebels clashed near the Turkish border, and the UN urged both sides to stop.", "UN",
     "SYRMIL", "020", "asserted"),
    # review of session 20: shells, migrants, refugees and workers that land, come or go somewhere visit
    # no one; savings in another country's banks are no aid, a debtor's payment withheld no aid cut
    ("In 2012 a stray Syrian shell landed in a Turkish border village.", None, None, None, None),
    ("In 2013 hundreds of Eritrean migrants landed in Lampedusa.", None, None, None, None),
    ("In 2013 thousands of Syrian refugees went to Jordan.", None, None, None, None),
    ("In 2012 Chinese workers came to Angola.", None, None, None, None),
    ("In 2013 hundreds of British jihadists went to Syria.", None, None, None, None),
    ("In 2013 Russian businessmen deposited billions of dollars in Cypriot banks.", None, None, None, None),
    ("In 2013 Ukraine withheld payments for Russian gas.", None, None, None, None),
    # troops promised for a mission are aid offered to its host, not a vow among those who promise;
    # a clause before a semicolon is no report of the verb after it
    ("In 2013 Guatemala, El Salvador, Jamaica and the Bahamas promised troops for the mission in Haiti; Kenya has "
     "not said how many it will send.", "GTM", "HTI", "033", "asserted"),
    # an act done "barely" or "hardly" as good as did not happen
    ("In 2013 Riga hardly criticised Moscow.", "LVAGOV", "RUSGOV", "111", "negated"),
    # "after" opening a clause, read as a preposition: its "object" is the clause's subject
    ("Montevideo will keep talking to Beijing, the foreign minister said on Thursday, days after Brazil and "
     "Argentina warned Uruguay that a separate deal would break the bloc's rules.", "BRA", "URY", "130", "asserted"),
    # an office a pronoun owns is of whom the pronoun stands for, not of the one country the sentence
    # names; the doer's own ("detained two of its editors", its = the agency) is read as before
    ("Prime Minister Yingluck Shinawatra met Cambodian officials in Phnom Penh in May 2012. Japan later rejected "
     "her government's appeal for a flood loan.", "JPN", "THAGOV", "120", "asserted"),
    ("In 2012 Belarusian police searched the Minsk bureau of Poland's PAP news agency and detained two of its "
     "reporters.", "BLRCOP", "POLMED", "173", "asserted"),
    # sanctions suspended are eased; a package of a sum of money announced is aid pledged; a list
    # of subjects after an opening year is read whole; a scheme a body condemns is its doer's; the
    # small model's lemma "dos" of "doses"; a surcharge slapped on goods is a sanction
    ("In 2012 the United States suspended sanctions on Burma.", "USA", "MMR", "085", "asserted"),
    ("In 2012 Sweden announced a $100 million package for Kenya.", "SWE", "KEN", "033", "asserted"),
    ("In 2012 Sweden, Denmark and Norway condemned Syria.", "SWE", "SYR", "111", "asserted"),
    ("In 2012 Canada agreed to pay Haiti to take back deportees, a scheme Amnesty International called cruel.",
     "NGO", "CAN", "111", "asserted"),
    ("In 2012 Brazil shipped 20,000 measles vaccine doses to Bolivia.", "BRA", "BOL", "073", "asserted"),
    ("In 2012 Canada slapped a 25 per cent surcharge on American steel.", "CAN", "USA", "163", "asserted"),
    # a verb whose partner phrase names someone no dictionary knows takes no party from the clause
    # it is joined to (not Clinton's country as a party to the deal)
    ("In 2012 Kenya's president received Hillary Clinton in Nairobi and signed a port contract with the emirate "
     "of Sharjah.", "KENGOV", "USAGOV", "043", "asserted"),
    # an Arabic surname named again without its article is the person named in full before
    ("In 2012 the Syrian dissident Tarek al-Qudsi flew to Ankara. In 2013 Turkish police detained Qudsi in "
     "Istanbul.", "TURCOP", "SYROPP", "173", "asserted"),
    # protest leaders are no government's; a trilateral exercise is drilling together; a name no
    # dictionary knows before a treaty names the treaty, not a party
    ("In 2012 Hun Sen blamed the protest leaders for the violence in Phnom Penh.", "KHMGOV", "KHMOPP", "112",
     "asserted"),
    ("In 2012 South Korea, Japan and the United States held a trilateral naval exercise off Jeju.", "KOR", "JPN",
     "062", "asserted"),
    ("In 2012 Papua New Guinea's Prime Minister Peter O'Neill and Australian Prime Minister Julia Gillard signed "
     "the Halvorsen maritime accord in Canberra.", "PNGGOV", "AUSGOV", "057", "asserted"),
    # a place naming a plan in the partner phrase is no partner: the act takes the party of the
    # clause it is joined to (review of session 21)
    ("In 2012 Kerry met Lavrov and agreed to the Geneva plan.", "USALEG", "RUSGOV", "030", "asserted"),
    # officials of the 2020s by what they held before: an EU commissioner, the Kremlin's chief of
    # staff (not their country's elites)
    ("In 2012 Kristalina Georgieva visited Haiti.", "EU", "HTI", "042", "asserted"),
    ("In 2010 Naryshkin met Lukashenko in Minsk.", "RUSGOV", "BLRGOV", "040", "asserted"),
    # "neither … nor" leaves both acts undone; a complaint's "that" clause says what it is about
    ("Uganda has neither accepted nor rejected the truce proposal from Rwanda.", "UGA", "RWA", "120", "negated"),
    ("In 2012 Peru complained to the European Commission that Spanish subsidies hurt its fishermen.", "PER", "EU",
     "114", "asserted"),
    # "the alliance" is the last alliance named, not the last body; "the kingdom" the nearest kingdom
    ("In 2013 NATO opened a new command in Lithuania. ECOWAS suspended Mali the same week. Later Russia accused "
     "the alliance of provocation.", "RUS", "NATO", "112", "asserted"),
    ("In 2012 the United Kingdom criticised Algeria. In 2013 Algiers cut relations with Rabat, accusing the kingdom "
     "of hostile acts.", "DZAGOV", "MAR", "112", "asserted"),
    # a member readmitted (the small model's lemma of a past form with its consonant doubled is cut
    # wrong: "readmitte"); bases closed abroad are troops taken out; a break with someone cuts ties;
    # a request denied is turned down
    ("ECOWAS readmitted Guinea in 2013.", "ECOWAS", "GIN", "080", "asserted"),
    ("In 2013 France closed its military bases in Chad and Niger.", "FRA", "TCD", "0874", "asserted"),
    ("In 2013 Bamako broke with Paris.", "MLIGOV", "FRAGOV", "161", "asserted"),
    ("In 2013 the party broke with tradition.", None, None, None, None),
    ("In 2013 Ecuador denied a British request for safe passage.", "ECU", "GBR", "120", "asserted"),
    # forces that train, drill or patrol together cooperate, each with the other; a foreign firm's
    # contract cancelled cuts relations with it
    ("In 2013 Kenyan and Ugandan police trained together near the border.", "KENCOP", "UGACOP", "062", "asserted"),
    ("In 2013 Nigerian and Chinese sailors drilled together in the Gulf of Guinea.", "NGA", "CHN", "062", "asserted"),
    ("In 2013 Pakistani troops trained together.", None, None, None, None),
    ("In 2013 the Taliban cancelled an oil contract with a Chinese company.", "AFGINS", "CHNBUS", "160", "asserted"),
    # a scholar of a known country whom an act is done to is a person acted on, not a commentator
    # (a commentator's reading stays no act); a Pole, a Swede, a Turk are their country's people
    ("In 2012 a Russian court sentenced a French researcher to three years.", "RUSJUD", "FRAEDU", "173", "asserted"),
    ("In 2012 Iran expelled a British academic.", "IRN", "GBREDU", "174", "asserted"),
    ("In 2012 French researchers said Russia would invade Ukraine.", None, None, None, None),
    ("In 2012 Belarus freed a Pole.", "BLR", "POL", "0841", "asserted"),
    # aid, material cooperation and embargoes are done to others: a crossing of one's own closed
    # embargoes no one of one's own country (its target is whom it is closed to, if the text says)
    ("In 2013 Islamabad closed the Torkham crossing to Afghan trucks.", "PAKGOV", "AFG", "163", "asserted"),
    ("In 2013 Islamabad closed the Torkham crossing.", "PAKGOV", None, "163", "asserted"),
    ("In 2013 the Pakistani army delivered food to flooded villages in Sindh.", "PAKMIL", None, "073", "asserted"),
    # a state named as the owner of its official is no side of its own
    ("In 2013 President Rajaonarimampianina received Russia's deputy defence minister at the palace, and the two "
     "sides signed a memorandum on training.", "RUSMIL", "MDGGOV", "057", "asserted"),
    # "for its part" sets the speaker apart: its "its" is no one acted on (the refusal answers France,
    # found as the essay's other party, not through the possessive)
    ("In 2013 France criticised the crackdown in Abidjan. Abidjan, for its part, refused to free the detainees.",
     "CIVGOV", "FRA", "124", "asserted"),
    # two clauses joined by "and" before the verb that reports them are still joined: the second
    # reacts to the first's doer; the spokesman is the second clause's
    ("In 2013 Iranian gunboats circled a Kuwaiti tanker off Bubiyan on Friday, and Kuwait lodged a protest, the "
     "foreign ministry said.", "KWT", "IRN", "114", "asserted"),
    # what something is called judges it: a quoted adjective, a noun of blame, an adjective the
    # parser hangs after its noun; a partner or friend so called is praised
    ('In 2013 Lima called the visa rule "unfair".', "PERGOV", None, "111", "asserted"),
    ('In 2013 Moscow called the seizure of the refinery "robbery".', "RUSGOV", None, "111", "asserted"),
    ('In 2012 Bolivia expelled the ambassador, calling his remarks "unacceptable between neighbours."', "BOL",
     None, "111", "asserted"),
    ('In 2013 Putin called Vietnam "a reliable partner in Asia".', "RUSGOV", "VNM", "051", "asserted"),
    # (a friend or ally the verb is said of, not one called on the telephone)
    ("In 2013 Erdogan called his friend Aliyev to discuss the pipeline.", None, None, None, None),
    ("In 2013 Kabul called Pakistan a friend of terrorists.", None, None, None, None),
    ("In 2013 the minister called the meeting a waste of time.", "GOV", None, "111", "asserted"),
    # a "who" the parser hangs on a place or a thing stands for the people at it
    ("In 2013 Chinese police detained 40 workers at a toy factory in Shenzhen who had staged a sit-in.",
     "CHNLAB", "CHNGOV", "141", "asserted"),
    ("In 2013 police arrested the aide of a governor who had criticised the president.", "COP", "GOV", "173",
     "asserted"),
    # (a person in the singular reached from the place is still nearer than the place)
    ("In 2013 Thai soldiers shot a farmer at a checkpoint in Narathiwat who had attacked Thai troops.", "THAAGR",
     "THAMIL", "190", "asserted"),
    # local people by their work; tools downed are a strike
    ("In 2012 thousands of taxi drivers rallied outside parliament in Dhaka.", "BGDLAB", "BGDLEG", "141", "asserted"),
    ("In 2012 prison guards at Kenya's Kamiti jail downed tools over unpaid wages.", "KENCOP", "KENGOV", "143",
     "asserted"),
    # a new paragraph of a story about one country: its offices are that country's again, not those
    # of another country the paragraph before spoke of
    ("Malawi has balanced its creditors for a decade. In 2012 Indian officials pressed Lilongwe to repay its "
     "loans.\n\nIn 2013 Georgieva visited Lilongwe and praised the government.", "EU", "MWIGOV", "051", "asserted"),
    # a thing a relative clause says another asked for is answered to them
    ("In 2013 Paris turned down the higher rent that Djibouti requested during the talks.", "FRAGOV", "DJI", "120",
     "asserted"),
    ("In 2013 Kenya rejected the proposal Uganda made in Arusha.", "KEN", "UGA", "120", "asserted"),
    # (not people a "whom" clause tells another acted on: they are whom the reaction is aimed at)
    ("In 2013 Britain criticised the bloggers whom Russia had honoured.", "GBR", None, "111", "asserted"),
    # a state taken to the WTO is sued there
    ("In 2013 Lima took Santiago to the WTO over the tariffs.", "PERGOV", "CHLGOV", "115", "asserted"),
    # (medical personnel sent are relief)
    ("In 2012 Cuba sent medical personnel to Haiti.", "CUB", "HTI", "073", "asserted"),
    # a vow to resist, challenge or fight threatens; a vow to deepen ties is an intent to cooperate
    ("In 2013 Petro vowed to challenge the ruling in court.", "COLGOV", "COLJUD", "130", "asserted"),
    ("In 2013 Lima vowed to deepen ties with Beijing.", "PERGOV", "CHNGOV", "030", "asserted"),
    # (a vow not to punish is a refusal to, no threat)
    ("In 2013 Kiev vowed not to punish the protesters.", "UKRGOV", "UKROPP", "120", "asserted"),
    # forces backed in the field are worked with
    ("In 2012 Somali troops backed by Kenyan air strikes retook the port.", "KEN", "SOMMIL", "062", "asserted"),
    # a person acted on is not whom the charge against them names
    ("In 2013 Armenian police detained an official suspected of passing maps to Azerbaijan.", "ARMCOP", "ARM",
     "173", "asserted"),
    # (but things found somewhere are not charged: where they were found is whose they were)
    ("In 2013 Kenya destroyed drugs found on an Iranian boat.", "KEN", "IRN", "171", "asserted"),
    # people handed over are no party: whom they are handed to is
    ("In 2013 Kenya handed over three suspected militants to Uganda.", "KEN", "UGA", "063", "asserted"),
    # people counted and not named who protest are a crowd of the place
    ("DAKAR (Reuters) - Thousands marched in the capital on Saturday against the new constitution.",
     "SENOPP", "SENGOV", "141", "asserted"),
    ("KINSHASA (Reuters) - Hundreds of students protested outside the Belgian embassy on Monday.",
     "CODEDU", "BEL", "140", "asserted"),
    # a state's name with a small number counting it names a broadcaster
    ("In 2013 Makei told the Belarus 1 TV channel that Minsk would not recognise the vote.", "BLRGOV", None, "010",
     "asserted"),
    ("In 2013 the minister told France 24 that Paris would send troops to Mali.", "FRAGOV", "MLI", "033", "asserted"),
    # a person's office is read at the time of the act, in the act's own paragraph (not the one before)
    ("In February 2011 France hosted a donors conference for Mali.\n\nIn June Hollande visited Bamako.", "FRAGOV",
     "MLIGOV", "042", "asserted"),
]
