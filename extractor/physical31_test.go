package extractor

import "testing"

// TestPhysicalAttackSentenceNeedsOwnCyberWords: a sentence whose attack is
// a physical one ("the nerve-agent attack", « l'attaque au Novitchok »,
// "the missile attack") takes no cyber setting from the title or the
// sentence before: the GRU accused of a poisoning in a story about its
// hackers is no cyber claim. Before, each gave a claim dated 2018 or 2022.
// A sentence that also names a cyber deed keeps its claim. Sentences
// written for this rule.
func TestPhysicalAttackSentenceNeedsOwnCyberWords(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/nerve-agent attack", "en", "Cyber attack on the OPCW\n\nGRU hackers targeted the OPCW in The Hague. Britain also accused the GRU of the nerve-agent attack in Salisbury in March 2018.", nil},
		{"en/missile attack", "en", "Cyber attack on the OPCW\n\nGRU hackers targeted the OPCW in The Hague. Britain also blamed the GRU for the missile attack on Kramatorsk in 2022.", nil},
		{"en/sanctions over a poisoning", "en", "Cyber news\n\nEuropean Union foreign ministers on Monday imposed sanctions on the head of Russia's GRU, as well as the two officers suspected of carrying out the nerve-agent attack on former spy Sergei Skripal in Salisbury, England, in March 2018.", nil},
		{"fr/attaque au Novitchok", "fr", "Cyberattaque contre l'OIAC\n\nDes pirates du GRU ont visé l'OIAC à La Haye. Le Royaume-Uni accuse aussi le GRU de l'attaque au Novitchok à Salisbury en mars 2018.", nil},
		{"en/guard: a cyber deed beside it", "en", "Cyber news\n\nBritain blamed the GRU for the chemical attack in Salisbury and for the hack of the OPCW.", []string{"GB>GRU>GB"}},
	})
}

// TestNobodyNoneNegateTheSubject: "Nobody", "None of the officials" open a
// subject that negates its verb like "Neither … nor": no one blamed
// anybody. Before, "Nobody has blamed Russia" gave an accusation with no
// accuser and "None of the officials blamed Russia" one by Brazil; "Nobody
// in government has said who is behind Lapsus$" made Brazil accuse the
// gang. In French the closer opening the clause before the clitic does the
// same (« Personne au gouvernement n'a accusé », « Aucun État n'a
// attribué »): before, an accusation with no accuser. Sentences written
// for this rule.
func TestNobodyNoneNegateTheSubject(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/nobody", "en", "Cyber news\n\nHackers wiped the health ministry servers in Brazil. Nobody has blamed Russia for the attack.", nil},
		{"en/none of the officials", "en", "Cyber news\n\nHackers wiped the health ministry servers in Brazil. None of the officials blamed Russia for the attack.", nil},
		{"en/nobody in government … who is behind", "en", "Cyber news\n\nHackers wiped the health ministry servers in Brazil. Nobody in government has said who is behind Lapsus$.", nil},
		{"en/guard: a later accuser", "en", "Cyber news\n\nHackers wiped the health ministry servers in Brazil. None of the agencies has yet said who was behind the attack. The FBI later blamed Russia for the attack.", []string{"FBI>RU>BR"}},
		{"fr/personne … n'a accusé", "fr", "Actualité\n\nDes pirates ont effacé les serveurs du ministère de la santé au Brésil. Personne au gouvernement n'a accusé la Russie de la cyberattaque.", nil},
		{"fr/aucun État n'a attribué", "fr", "Actualité\n\nDes pirates ont effacé les serveurs du ministère de la santé au Brésil. Aucun État n'a attribué la cyberattaque à la Russie.", nil},
		{"fr/guard: une personne proche du dossier", "fr", "Actualité\n\nDes pirates ont effacé les serveurs du ministère de la santé au Brésil. Selon une personne proche du dossier, le FBI a attribué la cyberattaque à la Russie.", []string{"FBI>RU>BR"}},
	})
}
