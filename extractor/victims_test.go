package extractor

import "testing"

// TestVictimRecall: victim countries reached through the accuser's own
// country, French post-nominal demonyms, first-person possessives in
// quotes, continuation sentences, passive imputations and domestic
// institutions. Events are invented or rephrased for the test. want lists
// the expected "accuser>accused>victims" keys; victims are sorted codes.
// A state accusing alone whose claim names no victim gets its own country
// (ownCountryVictims, the real annotators' convention), so the cases whose
// point is a word that names no victim show that country, not an empty
// list.
func TestVictimRecall(t *testing.T) {
	t.Parallel()
	cases := []keyCase{
		{
			name: "accuser country demonym object",
			lang: "en",
			text: "Russian state-backed hackers broke into a Norwegian armed forces computer network, Norway's intelligence service said on Monday.",
			want: []string{"NO>RU>NO"},
		},
		{
			name: "gained access to demonym network accuser country",
			lang: "en",
			text: "Iranian state-backed hackers gained access to a Swedish armed forces computer network, the Swedish military intelligence service said.",
			want: []string{"SE>IR>SE"},
		},
		{
			name: "continuation by the same accuser",
			lang: "en",
			text: "ESET said the Sandworm group hacked a water utility in Moldova in March. ESET said victims were also found in Georgia and Armenia.",
			want: []string{"ESET>Sandworm>AM,GE,MD"},
		},
		{
			name: "fr accused not a post-nominal target",
			lang: "fr",
			text: "La cyberattaque NotPetya a été imputée à l'armée russe par le gouvernement danois.",
			want: []string{"DK>RU>DK"},
		},
		{
			name: "fr adjectives between head and demonym",
			lang: "fr",
			text: "L'armée philippine a accusé les services de renseignement chinois d'avoir piraté les téléphones de responsables gouvernementaux et militaires philippins.",
			want: []string{"PH>CN>PH"},
		},
		{
			name: "fr notre pays in quote",
			lang: "fr",
			text: "« Cette cyberattaque contre notre pays porte la signature du GRU », a déclaré jeudi le ministre polonais de la Défense.",
			want: []string{"PL>GRU>PL"},
		},
		{
			name: "domestic nouns with a tendency verb",
			lang: "en",
			text: "The Danish intelligence service said APT31 hacked a shipping firm and warned that the group continues to target think tanks.",
			want: []string{"DK>APT31>DK"},
		},
		{
			name: "domestic nouns placed abroad",
			lang: "en",
			text: "The Canadian police accused APT31 of a campaign against universities and think tanks in about a dozen countries.",
			want: []string{"CA>APT31>CA"},
		},
		{
			name: "first person quote after the claim",
			lang: "en",
			text: "Sweden accused Russia of the cyberattack. \"This is an attack on our democracy and our banking system,\" Prime Minister Ulf Kristersson said.",
			want: []string{"SE>RU>SE"},
		},
		{
			name: "third person possessive after the claim is not the accuser's",
			lang: "en",
			text: "Sweden accused Russia of the cyberattack. Russia said the attacks on its banks were staged.",
			want: []string{"SE>RU>SE"},
		},
		{
			name: "hacked organ named by demonym",
			lang: "en",
			text: "Dutch intelligence agencies said the Russian group Laundry Bear breached the Dutch police in 2024.",
			want: []string{"NL>Laundry Bear>NL"},
		},
		{
			name: "fr oeuvre du with nos infrastructures",
			lang: "fr",
			text: "« Ces piratages visant nos infrastructures sont l'œuvre du GRU », a affirmé le Premier ministre tchèque.",
			want: []string{"CZ>GRU>CZ"},
		},
		{
			name: "countries including list",
			lang: "en",
			text: "Proofpoint linked the phishing campaign to OilRig. Organisations in countries including Israel, Jordan and Oman were hit.",
			want: []string{"Proofpoint>APT34>IL,JO,OM"}, // one statement: the list sentence it inherits into is a second evidence span
		},
		{
			name: "separate case is not a continuation",
			lang: "en",
			text: "Mandiant attributed the intrusions to APT44. In a separate case, ransomware hit hospitals in Ireland.",
			want: []string{"Mandiant>Sandworm>"},
		},
		{
			name: "fr continuation touchées",
			lang: "fr",
			text: "Le groupe Sandworm a piraté des opérateurs ukrainiens, selon ESET. Des organisations ont aussi été touchées en Pologne et en Roumanie.",
			want: []string{"ESET>Sandworm>PL,RO,UA"},
		},
		{
			name: "demonym victims before a passive attack verb",
			lang: "en",
			text: "Italian companies and Spanish hospitals were targeted by the Russian group APT29, Italy's ACN said.",
			want: []string{"ACN>APT29>ES,IT"},
		},
		{
			name: "fr demonym victims before a passive attack verb",
			lang: "fr",
			text: "Des entreprises allemandes et des hôpitaux belges ont été visés par le groupe APT29, selon le BSI.",
			want: []string{"BSI>APT29>BE,DE"},
		},
		{
			name: "breach of possessor attributed by capital",
			lang: "en",
			text: "The breach of Australia's parliament network was attributed to China by Canberra.",
			want: []string{"AU>CN>AU"},
		},
		{
			name: "domestic nouns after a modal are a threat, not a victim",
			lang: "en",
			text: "The FBI accused APT31 of espionage and warned that the group could target universities and think tanks.",
			want: []string{"FBI>APT31>US"},
		},
		{
			name: "organ targeted by the attack in a relative clause",
			lang: "en",
			text: "The German government blamed APT28 for the cyberattack that targeted the Bundestag in 2015.",
			want: []string{"DE>APT28>DE"},
		},
		{
			name: "fr post-nominal demonym after plural noun",
			lang: "fr",
			text: "Le gouvernement tchèque a accusé les services russes d'avoir piraté les messageries de diplomates et de fonctionnaires tchèques en 2023.",
			want: []string{"CZ>RU>CZ"},
		},
		{
			name: "fr entreprises allemandes",
			lang: "fr",
			text: "Le ministère néerlandais de la Défense accuse des pirates chinois soutenus par l'Etat d'avoir infiltré des entreprises industrielles allemandes.",
			want: []string{"NL>CN>DE"},
		},
		{
			name: "en first person possessive in quote",
			lang: "en",
			text: "\"This attack on our power grid was carried out by Russian military intelligence,\" the Estonian prime minister said on Tuesday. The malware spread quickly.",
			want: []string{"EE>GRU>EE"},
		},
		{
			name: "fr first person possessive in quote",
			lang: "fr",
			text: "« Ces attaques contre nos hôpitaux ont été menées par des pirates liés à l'Etat iranien », a déclaré mardi le gouvernement albanais. Les systèmes ont été rétablis.",
			want: []string{"AL>IR>AL"},
		},
		{
			name: "en continuation next paragraph",
			lang: "en",
			text: "Security firm ESET said the APT41 group compromised telecom operators in Indonesia in 2024.\n\nBeyond Indonesia, the researchers observed targeting of organisations in Chile, Ghana and Nepal.",
			want: []string{"ESET>APT41>CL,GH,ID,NP"},
		},
		{
			name: "en victims were also found",
			lang: "en",
			text: "Microsoft said the Russian group APT29 breached email accounts at a German ministry. Victims were also found in Brazil and Mexico.",
			want: []string{"Microsoft>APT29>BR,DE,MX"},
		},
		{
			name: "fr continuation d'apres l'editeur",
			lang: "fr",
			text: "L'éditeur Kaspersky attribue au groupe Lazarus une série d'attaques contre des banques au Chili.\n\nD'après l'éditeur, des organisations ont été visées au Pérou, à Djibouti, en Egypte et aux Emirats arabes unis.",
			want: []string{"Kaspersky>Lazarus Group>AE,CL,DJ,EG,PE"},
		},
		{
			name: "continuation does not add accused country",
			lang: "en",
			text: "Mandiant said APT40 hacked shipping firms in Italy.\n\nVictims were also found in China and Spain.",
			want: []string{"Mandiant>APT40>ES,IT"},
		},
		{
			name: "continuation with another accused is not merged",
			lang: "en",
			text: "Mandiant said APT40 hacked shipping firms in Italy. Separately, Kimsuky targeted universities in Japan.",
			want: []string{"Mandiant>APT40>IT"},
		},
		{
			name: "fr passive imputation victim modifier",
			lang: "fr",
			text: "Le piratage du site de l'agence de presse lituanienne BNS est imputé à la Russie par le gouvernement lituanien.",
			want: []string{"LT>RU>LT"},
		},
		{
			name: "en hack of state news agency blamed by capital",
			lang: "en",
			text: "The hack of Lithuania's state news agency was blamed on Russia by Vilnius.",
			want: []string{"LT>RU>LT"},
		},
		{
			name: "en domestic institutions by national police",
			lang: "en",
			text: "The Finnish police attributed intrusions against government bodies, think tanks and politicians to the Chinese group APT31.",
			want: []string{"FI>APT31>FI"},
		},
		{
			name: "fr domestic institutions by ministry",
			lang: "fr",
			text: "Le ministère belge des Affaires étrangères attribue au groupe APT31 des intrusions visant des administrations, des parlementaires et des laboratoires.",
			want: []string{"BE>APT31>BE"},
		},
		{
			name: "domestic nouns need a state accuser",
			lang: "en",
			text: "Security firm ESET attributed intrusions against government bodies and think tanks to the Chinese group APT31.",
			want: []string{"ESET>APT31>"},
		},
		{
			name: "fr company noun with a nationality after chez",
			lang: "fr",
			text: "Le FBI accuse le groupe Lazarus d'avoir volé des fonds chez l'éditeur estonien CoinsPaid.",
			want: []string{"FBI>Lazarus Group>EE"},
		},
		{
			name: "en vendor with a nationality adjective",
			lang: "en",
			text: "Mandiant said APT41 breached a Taiwanese chip vendor and two Japanese automakers.",
			want: []string{"Mandiant>APT41>JP,TW"},
		},
		{
			name: "partners in a list are no victims",
			lang: "en",
			text: "The FBI said the FSB was behind the Snake malware, which it disrupted with help from partners in Canada and the United Kingdom.",
			want: []string{"FBI>FSB>US", "FBI>Turla>US"},
		},
		{
			name: "fr summit place is no victim",
			lang: "fr",
			text: "Le gouvernement de Taïwan a accusé mercredi la Chine de cyberattaques contre ses infrastructures, lors d'un sommet organisé à Tokyo.",
			want: []string{"TW>CN>TW"},
		},
		{
			name: "targets based in a list of countries",
			lang: "en",
			text: "Proofpoint said TA453 sent phishing emails to experts based in Israel and the United States.",
			want: []string{"Proofpoint>TA453>IL,US"},
		},
		{
			name: "fr targets installed in countries",
			lang: "fr",
			text: "Selon Proofpoint, TA453 a envoyé des courriels piégés à des experts installés en Israël et aux États-Unis.",
			want: []string{"Proofpoint>TA453>IL,US"},
		},
		{
			name: "hackers based in a country are no victims",
			lang: "en",
			text: "Microsoft said hackers based in Iran and linked to APT35 targeted Israeli companies.",
			want: []string{"Microsoft>APT35>IL"},
		},
		{
			name: "fr imperfect attack verb",
			lang: "fr",
			text: "L'ANSSI a révélé mercredi qu'une vaste campagne de cyberattaques, menée par le mode opératoire APT31, touchait de nombreuses entités françaises.",
			want: []string{"ANSSI>APT31>FR"},
		},
		{
			name: "domestic infrastructure of a government accuser",
			lang: "en",
			text: "The US government blamed Volt Typhoon for intrusions into water utilities.",
			want: []string{"US>Volt Typhoon>US"},
		},
		{
			name: "fr domestic infrastructure of a government accuser",
			lang: "fr",
			text: "Le gouvernement américain a accusé Volt Typhoon d'avoir infiltré des réseaux d'eau.",
			want: []string{"US>Volt Typhoon>US"},
		},
		{
			name: "fr reflexive attack verb",
			lang: "fr",
			text: "Selon Microsoft, le groupe APT28 s'en est pris à des ministères polonais.",
			want: []string{"Microsoft>APT28>PL"},
		},
		{
			name: "fr examples listed before a passive attack",
			lang: "fr",
			text: "Le Conseil de l'UE a condamné la campagne menée par APT28 contre l'Allemagne. Des administrations de plusieurs autres pays, dont l'Estonie et la Roumanie, ont aussi été visées par ce groupe.",
			want: []string{"EU>APT28>DE,EE,RO"},
		},
		{
			name: "en examples listed before a passive attack",
			lang: "en",
			text: "The EU condemned the campaign by APT28 against Germany. Ministries of several other states, such as Estonia and Romania, were also hit by the group.",
			want: []string{"EU>APT28>DE,EE,RO"},
		},
		{
			name: "en a war named in passing is no target",
			lang: "en",
			text: "Poland accused the GRU of hacking a Polish news agency. \"Russia wages its war of aggression against Ukraine and attacks us too,\" the minister said.",
			want: []string{"PL>GRU>PL"},
		},
		{
			name: "fr a war named in passing is no target",
			lang: "fr",
			text: "La Pologne accuse le GRU d'avoir piraté une agence de presse polonaise. « La Russie mène sa guerre d'agression contre l'Ukraine et nous attaque aussi », a dit le ministre.",
			want: []string{"PL>GRU>PL"},
		},
		{
			name: "the setting of a war is no accused nor target",
			lang: "en",
			text: "The FBI accused Russia of hacking American water utilities, months after the invasion of Ukraine.",
			want: []string{"FBI>RU>US"},
		},
		{
			name: "fr the setting of a war is no accused nor target",
			lang: "fr",
			text: "Le FBI accuse la Russie d'avoir piraté des réseaux d'eau américains depuis l'invasion de l'Ukraine.",
			want: []string{"FBI>RU>US"},
		},
		{
			name: "fr organ after an attack and contre",
			lang: "fr",
			text: "Les Vingt-Sept ont sanctionné deux officiers du GRU, tenus pour responsables de la cyberattaque contre le Bundestag en 2015.",
			want: []string{"EU>GRU>DE"},
		},
		{
			name: "organ after an intrusion into it",
			lang: "en",
			text: "The EU sanctioned two GRU officers over the intrusion into the Bundestag in 2015.",
			want: []string{"EU>GRU>DE"},
		},
		{
			name: "domestic targets in the sentence after the claim",
			lang: "en",
			text: "Estonia blamed GRU unit 29155 for the 2020 attacks. The hackers stole thousands of documents from government ministries.",
			want: []string{"EE>Unit 29155>EE"},
		},
		{
			name: "domestic targets after the claim of a coalition",
			lang: "en",
			text: "The United States, Canada and Japan blamed APT40 for the attacks. The hackers stole thousands of documents from government ministries.",
			want: []string{"CA>APT40>", "JP>APT40>", "US>APT40>"},
		},
		{
			name: "split verb took offline",
			lang: "en",
			text: "Italy's cyber agency said NoName057(16) took Italian bank websites offline.",
			want: []string{"IT>NoName057(16)>IT"},
		},
		{
			name: "went after targets placed in a country",
			lang: "en",
			text: "Proofpoint said TA453 went after nuclear experts in Israel.",
			want: []string{"Proofpoint>TA453>IL"},
		},
		{
			name: "fr targets with a complement placed in a country",
			lang: "fr",
			text: "Selon Proofpoint, TA453 s'en est pris à des experts du nucléaire basés en Israël.",
			want: []string{"Proofpoint>TA453>IL"},
		},
		{
			name: "a country listed after a targeted region",
			lang: "en",
			text: "Microsoft said Storm-0558 was behind the intrusion. About 25 organisations were affected, including government agencies in Europe and the United States.",
			want: []string{"Microsoft>Storm-0558>US"},
		},
		{
			name: "a country listed with the region of a meeting is no target",
			lang: "en",
			text: "At meetings in Europe and the United States, British officials accused Russia of hacking Ukrainian ministries.",
			want: []string{"GB>RU>UA"},
		},
		{
			name: "a town then its country after a targeting preposition",
			lang: "en",
			text: "The US Justice Department accused the GRU of hacking the Winter Olympic Games in Pyeongchang, South Korea, in 2018.",
			want: []string{"Department of Justice>GRU>KR"},
		},
		{
			name: "a weekday then the speaker is no target",
			lang: "en",
			text: "Speaking at a summit in Brussels on Monday, the French foreign minister blamed Russia for cyberattacks on hospitals.",
			want: []string{"FR>RU>FR"}, // the hospitals are domestic targets
		},
		{
			name: "a country-based target company",
			lang: "en",
			text: "The FBI said Lazarus stole $300 million from DMM Bitcoin, a Japan-based exchange.",
			want: []string{"FBI>Lazarus Group>JP"},
		},
		{
			name: "country-based attackers are no target",
			lang: "en",
			text: "The FBI said Iran-based hackers working for APT33 attacked American utilities.",
			want: []string{"FBI>APT33>US"},
		},
		{
			name: "a title's passive names the target, not an accused",
			lang: "en",
			text: "Slovak finance ministry hacked\n\nSlovakia on Friday blamed APT29 for a campaign that began in 2023.",
			want: []string{"SK>APT29>SK"},
		},
		{
			name: "a title's passive with an irregular participle",
			lang: "en",
			text: "Slovak finance ministry hit by cyber espionage\n\nSlovakia on Friday blamed APT29 for a campaign that began in 2023.",
			want: []string{"SK>APT29>SK"},
		},
		{
			name: "fr health facilities without owner are the accuser's",
			lang: "fr",
			text: "Le gouvernement portugais a accusé APT28 d'être à l'origine de la cyberattaque qui a paralysé plusieurs établissements de santé.",
			want: []string{"PT>APT28>PT"},
		},
		{
			name: "fr households deprived of water in the country",
			lang: "fr",
			text: "Le renseignement finlandais a attribué à Sandworm une attaque informatique qui a privé d'eau des foyers d'une commune du pays.",
			want: []string{"FI>Sandworm>FI"},
		},
		{
			name: "a city-based contractor",
			lang: "en",
			text: "The FBI said APT40 stole sensitive files from a Canberra-based contractor that maintains computer systems.",
			want: []string{"FBI>APT40>AU"},
		},
		{
			name: "fr the supreme court without owner is the accuser's",
			lang: "fr",
			text: "La police japonaise a accusé le groupe MirrorFace d'avoir piraté le réseau informatique de la Cour suprême.",
			want: []string{"JP>MirrorFace>JP"},
		},
		{
			name: "victims spanned a list of countries",
			lang: "en",
			text: "Google said the victims of APT41 spanned Italy, Spain and Thailand.",
			want: []string{"Google>APT41>ES,IT,TH"},
		},
		{
			name: "fr victims comprise a list of countries",
			lang: "fr",
			text: "Selon Google, les victimes d'APT41 comprennent l'Italie, l'Espagne et la Thaïlande.",
			want: []string{"Google>APT41>ES,IT,TH"},
		},
		{
			name: "a list verb without a victims subject",
			lang: "en",
			text: "Google said APT41 was behind the attacks; partners that signed the report included Italy and Spain.",
			want: []string{"Google>APT41>"},
		},
		{
			name: "coordinated modifiers of a target head",
			lang: "en",
			text: "Latvian government and transport websites were hacked on Monday.\n\nThe NCSC said Killnet was behind the attacks.",
			want: []string{"NCSC>Killnet>LV"},
		},
		{
			name: "fr its railways",
			lang: "fr",
			text: "La Pologne a accusé la Russie de cyberattaques contre ses chemins de fer.",
			want: []string{"PL>RU>PL"},
		},
		{
			name: "state organ without owner is the accuser's",
			lang: "en",
			text: "Estonia's foreign ministry said APT29 had hacked the state tax office.",
			want: []string{"EE>APT29>EE"},
		},
		{
			name: "fr ruling party without owner is the accuser's",
			lang: "fr",
			text: "Le gouvernement roumain a accusé APT28 d'avoir piraté les serveurs du parti au pouvoir.",
			want: []string{"RO>APT28>RO"},
		},
		{
			name: "a date after the domestic target is no place",
			lang: "en",
			text: "Latvia's defence ministry said Sandworm attacked the national railway in March 2024.",
			want: []string{"LV>Sandworm>LV"},
		},
		{
			name: "domestic targets placed abroad name no country: the accuser's own",
			lang: "en",
			text: "Latvia's defence ministry said Sandworm attacked central banks in several countries.",
			want: []string{"LV>Sandworm>LV"},
		},
		{
			name: "no own country for a broad coalition",
			lang: "en",
			text: "The cyber agencies of the United States, Canada and Japan said APT40 targeted government networks.",
			want: []string{"CA>APT40>", "JP>APT40>", "US>APT40>"},
		},
		{
			name: "accuser without target: its own country",
			lang: "en",
			text: "The Dutch government accused Russia's GRU of cyber espionage on Monday.",
			want: []string{"NL>GRU>NL"},
		},
	}
	checkClaimKeys(t, cases)
}
