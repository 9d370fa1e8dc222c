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
    ("Poland expressed concern about the Russian troop build-up.", "POL", None, "012", "asserted"),
    ("Germany expressed optimism about the talks with Moscow.", "DEU", None, "013", "asserted"),
    # 02 appeals
    ("Poland urged Belarus to release the journalists.", "POL", "BLR", "025", "asserted"),
    ("The EU called on Russia to withdraw its troops from Crimea.", "EU", "RUS", "025", "asserted"),
    ("Ukraine asked the European Union for financial aid.", "UKR", "EU", "023", "asserted"),
    ("Lukashenka invited Nazarbayev to visit Minsk.", "BLRGOV", "KAZGOV", "026", "asserted"),
    ("Kazakhstan urged Russia and Ukraine to hold talks.", "KAZ", "RUS", "026", "asserted"),
    # 03 intent
    ("Minsk offered to mediate between Russia and Ukraine.", "BLRGOV", "RUS", "039", "asserted"),
    ("Belarus and Russia agreed to expand military cooperation.", "BLR", None, "031", "asserted"),
    ("China promised to provide Belarus with new loans.", "CHN", "BLR", "033", "asserted"),
    ("Lithuania agreed to meet Belarusian officials in Vilnius.", "LTU", "BLRGOV", "036", "asserted"),
    ("Turkey offered humanitarian aid to Syria.", "TUR", "SYR", "033", "asserted"),
    # 04 consult
    ("Makei met with Lavrov in Moscow.", "BLRGOV", "RUSGOV", "040", "asserted"),
    ("Makei met with Lavrov in Moscow.", "RUSGOV", "BLRGOV", "040", "asserted"),
    ("Lukashenka and Nazarbayev met in Astana.", "BLRGOV", "KAZGOV", "040", "asserted"),
    ("Lukashenka and Nazarbayev met in Astana.", "KAZGOV", "BLRGOV", "040", "asserted"),
    ("Putin visited Minsk on Thursday.", "RUSGOV", "BLRGOV", "042", "asserted"),
    ("Lukashenka hosted the Chinese president in Minsk.", "BLRGOV", "CHNGOV", "043", "asserted"),
    ("Belarus held talks with the European Union.", "BLR", "EU", "046", "asserted"),
    ("Belarus held talks with the European Union.", "EU", "BLR", "046", "asserted"),
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
    ("Makei signed a treaty with Lavrov on October 27.", "RUSGOV", "BLRGOV", "057", "asserted"),
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
    ("Ukraine protested to Belarus about the border closure.", "UKR", "BLR", "140", "asserted"),
    ("Lithuania boycotted the Belarusian elections.", "LTU", "BLR", "143", "asserted"),
    # 15 force posture
    ("Russia mobilized troops near the Ukrainian border.", "RUS", None, "154", "asserted"),
    ("Belarusian troops held joint exercises with Russia.", "BLRMIL", "RUS", "150", "asserted"),
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
    ("Rebels abducted two Russian journalists.", None, None, None, None),
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
    ("The army massacred Syrian civilians.", None, None, None, None),
    # modality
    ("Lukashenka did not attend the summit in Moscow.", "BLRGOV", None, "040", "negated"),
    ("Russia denied that it was planning to attack Ukraine.", "RUS", "UKR", "190", "negated"),
    ("Belarus never recognised the annexation.", "BLR", None, "054", "negated"),
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
    ("Putin will visit Minsk next week.", "RUSGOV", "BLRGOV", "036", "asserted"),
    ("Russia will impose sanctions on Belarus.", "RUS", "BLR", "1312", "asserted"),
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
    ("For as long as Russia has money, it will invest in Belarus.", "RUS", "BLR", "061", "future"),
    ("Belarus failed to reach an agreement with Russia.", "BLR", "RUS", "057", "negated"),
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
    ("The EU repeated its demand that Belarus release the prisoners.", "BLR", None, "0841", "hypothetical"),
    ("EU foreign ministers demanded the withdrawal of Russian troops from Ukraine.", "EU", "RUS", "100", "asserted"),
    ("Lukashenka vowed to retaliate against Lithuanian sanctions by blocking transit.", "BLRGOV", "LTU", "130", "asserted"),
    ("Russia vowed to attack Ukraine.", "RUS", "UKR", "1384", "asserted"),
    ("The Belarusian opposition said it would boycott the elections.", "BLROPP", "BLRGOV", "133", "asserted"),
    ("Russia will withdraw its peacekeepers from Moldova.", "RUS", "MDA", "136", "asserted"),
    ("MOSCOW, November 24, 2015 — Turkish F-16 fighter jets shot down a Russian Su-24 bomber.", "TUR", "RUS", "195", "asserted"),
    ("Belarusian riot police opened fire on opposition demonstrators in Minsk, killing two.", "BLRCOP", "BLROPP", "190", "asserted"),
    ("The Belarusian government lifted the curfew.", "BLRGOV", "BLR", "081", "asserted"),
    ("Russia strengthened its forces in Belarus.", "RUS", "BLR", "154", "asserted"),
]
