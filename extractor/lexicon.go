package extractor

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"github.com/claimwire/claimwire/internal/strtab"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimwire/claimwire/internal/strictjson"
)

// The per-language trigger lexicons live in lang/*.json: one file per
// language, discovered at start-up, so adding a language is a data file plus
// tests, never a code change here.
//
//go:embed lang/*.json
var langFS embed.FS

// langFile is the on-disk shape of lang/xx.json.
type langFile struct {
	Lang string `json:"lang"`
	// Comment is free text for the people editing the file; the loader
	// rejects any other key it does not know.
	Comment        string   `json:"comment"`
	Accuse         []string `json:"accuse"`
	Attribute      []string `json:"attribute"`
	Report         []string `json:"report"`
	Source         []string `json:"source"`
	CueRight       []string `json:"cue_right"`
	CueLeft        []string `json:"cue_left"`
	AttackVerbs    []string `json:"attack_verbs"`
	AttackNouns    []string `json:"attack_nouns"`
	AttackPronouns []string `json:"attack_pronouns"`
	Cyber          []string `json:"cyber"`
	Denial         []string `json:"denial"`
	DenialTerms    []string `json:"denial_terms"`
	SelfVictim     []string `json:"self_victim"`
	CoSpeakers     []string `json:"co_speakers"`
	// ThenWords tell a statement made when the event of the sentence before
	// happened ("said at the time", « avait alors affirmé »)
	ThenWords []string `json:"then_words"`
	Hedge     []string `json:"hedge"`
	Habitual  []string `json:"habitual"`
	// Reputation tells what an actor is known for ("is best known for",
	// « connu pour »): a sentence with one recounts the actor's past, not
	// the incident of the claims around it
	Reputation       []string            `json:"reputation"`
	Negation         []string            `json:"negation"`
	VictimPreps      []string            `json:"victim_preps"`
	LocationCues     []string            `json:"location_cues"`
	AgentPreps       []string            `json:"agent_preps"`
	Coord            []string            `json:"coord"`
	Boundaries       []string            `json:"boundaries"`
	Relatives        []string            `json:"relatives"`
	Aux              []string            `json:"aux"`
	PassiveAux       []string            `json:"passive_aux"`
	Pronouns         []string            `json:"pronouns"`
	Anaphors         map[string][]string `json:"anaphors"`
	AccusedAnaphors  []string            `json:"accused_anaphors"`
	InstitutionNouns []string            `json:"institution_nouns"`
	TieWords         []string            `json:"tie_words"`
	AttackerNouns    []string            `json:"attacker_nouns"`
	VictimNouns      []string            `json:"victim_nouns"`
	GroupRelations   []string            `json:"group_relations"`
	Previous         []string            `json:"previous"`
	UnknownWords     []string            `json:"unknown_words"`
	SelfPlaces       []string            `json:"self_places"`
	// SharedSelfMarkers: the plural possessives of self_victim ("their",
	// « leurs »): they speak for every accuser of the sentence, so a
	// coalition of three or more states still has its own assets hit ("…
	// blamed Russia for the cyberattacks on their energy grids").
	SharedSelfMarkers []string `json:"shared_self_markers"`
	SelfSubjects      []string `json:"self_subjects"`
	CompanyNouns      []string `json:"company_nouns"`
	// ContinuationMarkers: words that make a sentence with no accused a
	// description of where the campaign of the claim before it hit
	// ("victims", "targeted", « visées »).
	ContinuationMarkers []string `json:"continuation_markers"`
	// DomesticTargets: unqualified institution nouns ("government bodies",
	// « élus ») that, attacked in a national organ's accusation, are the
	// accuser's own.
	DomesticTargets []string `json:"domestic_targets"`
	// DomesticQualifiers: words after a domestic target that place it
	// elsewhere ("universities in about a dozen countries", « dans le monde »),
	// and DomesticOwners: words before it that give it another owner
	// ("foreign ministries", "their networks").
	DomesticQualifiers []string `json:"domestic_qualifiers"`
	DomesticOwners     []string `json:"domestic_owners"`
	// SeparateMarkers: words that make a sentence with victims but no
	// accused another story ("In a separate case, ransomware hit…"), not a
	// continuation of the claim before it.
	SeparateMarkers []string `json:"separate_markers"`
	Cessation       []string `json:"cessation"`
	Abbrevs         []string `json:"abbrevs"`
	Starters        []string `json:"starters"`
	// DefensiveAgencies are agencies whose role is defence (CERTs, cyber
	// agencies): named alone in an advisory they accuse no one.
	DefensiveAgencies []string `json:"defensive_agencies"`
	// NonOperatorAgencies are organs that investigate, prosecute, sanction
	// or speak for a state (FBI, Justice Department, Treasury): they
	// accuse, help or are hit, and are never the accused of an attribution.
	NonOperatorAgencies []string `json:"non_operator_agencies"`
	// SpywareVendors are the makers of commercial spyware and their
	// products' names (NSO Group, Intellexa, Predator spyware): the spying
	// is their client's deed, the state that used the tool, never theirs
	// ("accused Morocco of using the spyware made by NSO Group").
	SpywareVendors []string `json:"spyware_vendors"`
	// NonCyberObjects: accusation objects that are not cyber operations
	// (disinformation, propaganda) even beside cyber words ("online").
	NonCyberObjects []string `json:"non_cyber_objects"`
	// HedgeStrength grades hedges: "strong" ones ("with high confidence")
	// raise a claim's confidence, "moderate" ones lower it a little, any
	// other hedge ("likely", « probablement ») lowers it more.
	HedgeStrength map[string][]string `json:"hedge_strength"`

	// Function words and morphology the rules consult (see README): single
	// folded tokens, as the tokenizer produces them, or folded suffixes and
	// prefixes.
	Articles   []string `json:"articles"`
	OfPreps    []string `json:"of_preps"`
	PlacePreps []string `json:"place_preps"`
	// SeatPreps: "in", « à » between an international organisation and
	// the place it sits ("the OPCW in The Hague"): that place is no victim
	SeatPreps         []string `json:"seat_preps"`
	NegationParticles []string `json:"negation_particles"`
	NegationWords     []string `json:"negation_words"`
	NegationClitics   []string `json:"negation_clitics"`
	// NegationClosers: the second half of a negation whose clitic stands
	// before the trigger (« n'ont accusé personne », « n'accuse pas », «
	// ne désigne aucun suspect »); not « que » (« n'accuse que Moscou »).
	NegationClosers []string `json:"negation_closers"`
	// Exonerations: phrases that clear the group named right after them
	// (past articles and "of"): "no evidence that", "ruled out any role
	// for", « écarté toute implication ». Written as the tokenizer splits
	// them (« d' » apart).
	Exonerations []string `json:"exonerations"`
	// AttributionRefusals: phrases by which the speaker declines to
	// attribute ("but stopped short of a formal attribution", « sans aller
	// jusqu'à une attribution »): the accused a sentence has only by cues
	// ("tools used by Lazarus") are then no claim.
	AttributionRefusals []string `json:"attribution_refusals"`
	// CleftOpeners: the words that open a cleft sentence before its focus
	// (« c'est la Russie qui est derrière », "it was Russia that carried
	// out"): the focus is the subject of the verb after the relative.
	CleftOpeners []string `json:"cleft_openers"`
	// CriminalNouns: profit-seeking attackers ("cybercriminals", "gang",
	// « escrocs »). Where they operate from is a place, not a state the
	// text accuses ("criminals operating out of Russia").
	CriminalNouns []string `json:"criminal_nouns"`
	// SuspectNouns: people sought or charged ("suspects", « prévenus »).
	// A state right after them and a preposition is where they are ("six
	// suspects in Russia"), not a victim.
	SuspectNouns          []string `json:"suspect_nouns"`
	LocationParticiples   []string `json:"location_participles"`
	ListWords             []string `json:"list_words"`
	ObjectPronouns        []string `json:"object_pronouns"`
	PossessivePronouns    []string `json:"possessive_pronouns"`
	Complementizers       []string `json:"complementizers"`
	ContrastWords         []string `json:"contrast_words"`
	ClauseBreaks          []string `json:"clause_breaks"`
	IndefiniteArticles    []string `json:"indefinite_articles"`
	IndefinitePlural      []string `json:"indefinite_plural"`
	ParticipleSuffixes    []string `json:"participle_suffixes"`
	NonParticipleSuffixes []string `json:"non_participle_suffixes"`
	IrregularParticiples  []string `json:"irregular_participles"`
	AdjectivalDeterminers []string `json:"adjectival_determiners"`
	SuperlativeSuffixes   []string `json:"superlative_suffixes"`
	Modals                []string `json:"modals"`
	InfinitiveMarkers     []string `json:"infinitive_markers"`
	ModalPrefixes         []string `json:"modal_prefixes"`
	InfinitiveSuffixes    []string `json:"infinitive_suffixes"`
	AttackOfDeterminers   []string `json:"attack_of_determiners"`
	AttackOfPreps         []string `json:"attack_of_preps"`
	ResearcherNouns       []string `json:"researcher_nouns"`
	TargetPeople          []string `json:"target_people"`
	FirstPerson           []string `json:"first_person"`
	TargetDeterminers     []string `json:"target_determiners"`
	StateLinks            []string `json:"state_links"`
	TransparentBoundaries []string `json:"transparent_boundaries"`
	// ContextOwners: "the country's", « du pays » right before or after a
	// named agency: the agency belongs to the state the article is about,
	// not to the country whose agency has that name ("the country's
	// National Cyber Security Centre" after a sentence about Lithuania).
	ContextOwners []string `json:"context_owners"`
	// GenericAgencies: agency names many states share ("National Police
	// Agency", « agence nationale de la police »): the table gives them
	// the best-known owner; in an article that never names that state the
	// organ is the state the article names most before it.
	GenericAgencies []string `json:"generic_agencies"`
	// ShortStates: a capitalised word after an article that names a state
	// the article has named in full ("the North", « au Nord » after North
	// Korea; "the South" after South Korea): word → ISO code.
	ShortStates map[string]string `json:"short_states"`
	// ToolNouns: what a group-name cue may name instead of a group ("a
	// tool called Perseus", « un logiciel malveillant baptisé »).
	ToolNouns []string `json:"tool_nouns"`
	// TiePrefixes: the first part of a compound whose second part names a
	// state ("pro-" of "pro-Russian hackers", "pro-Kremlin group"): a tie,
	// the state is accused with the group it qualifies.
	TiePrefixes []string `json:"tie_prefixes"`
	// InitialSources: a word that, opening a sentence before a speaker and
	// a comma, makes the speaker the source (« Pour Varsovie, … »).
	InitialSources []string `json:"initial_sources"`
	// GuessWords: frequent function words, lower case as written, that
	// guess the language of an untagged article.
	GuessWords []string `json:"guess_words"`
	// Stems (folded prefixes) and nouns of the attack and report rules.
	SelfTargetStems        []string `json:"self_target_stems"`
	HackStems              []string `json:"hack_stems"`
	EventTargetStems       []string `json:"event_target_stems"`
	StatementNouns         []string `json:"statement_nouns"`
	ReportNouns            []string `json:"report_nouns"`
	VerbLinks              []string `json:"verb_links"`
	HyphenLocationPrefixes []string `json:"hyphen_location_prefixes"`
	HyphenOwnerPrefixes    []string `json:"hyphen_owner_prefixes"`
	HyphenTiePrefixes      []string `json:"hyphen_tie_prefixes"`
	// CapitalisedStarters: "The", « Le »: as written, a space is appended.
	CapitalisedStarters []string `json:"capitalised_starters"`
	// CompoundHeadLast: a noun compound's head is its last noun ("Dutch
	// armed forces computer network"); AdjectiveAfterNoun: a demonym follows
	// the noun it qualifies (« la société américaine »).
	CompoundHeadLast   bool `json:"compound_head_last"`
	AdjectiveAfterNoun bool `json:"adjective_after_noun"`
	// Organisations outside the entity table, found by shape (see orgs.go):
	// OrgCuesBefore ("researchers at", « les chercheurs de ») and
	// OrgCuesAfter ("researchers") frame a capitalised name; OrgSuffixes
	// end one ("Labs", "Research"); OrgNonHeads are capitalised words that
	// start public bodies, not firms ("National"); OrgKeyDrop are trailing
	// words left out of the name key ("Check Point Research" → "check point").
	OrgCuesBefore []string `json:"org_cues_before"`
	OrgCuesAfter  []string `json:"org_cues_after"`
	OrgSuffixes   []string `json:"org_suffixes"`
	OrgNonHeads   []string `json:"org_non_heads"`
	// OrgHeads: nouns that head a firm's name written right after them,
	// a demonym allowed between (« le cabinet Chainalysis », « le
	// spécialiste taïwanais TeamT5 », "the Israeli vendor Cato"); a
	// company noun after an org_cues_before cue and an article does too
	// (« les analystes de la société Elliptic »).
	OrgHeads   []string `json:"org_heads"`
	OrgKeyDrop []string `json:"org_key_drop"`
	// MediaRelay: words by which a newspaper relays someone else's
	// attribution ("citing", « selon des sources »); without them, a
	// newspaper that reports an attribution in its own name makes it.
	MediaRelay []string `json:"media_relay"`
	// NameDemonyms: demonyms that are also their country's name (« suisse »,
	// « la Suisse »): capitalised after another word they are the name.
	NameDemonyms []string `json:"name_demonyms"`
	// CueTargets: nouns right before a right cue that name people or
	// things merely connected to the name after it ("people linked to the
	// US campaigns", « des comptes liés à »): that name is not accused.
	CueTargets []string `json:"cue_targets"`
	// AttributePreps: the preposition that introduces the accused after
	// an attribution verb ("attributed the hack to", « a attribué la
	// cyberattaque au »): a mention after it is not a victim position.
	AttributePreps []string `json:"attribute_preps"`
	// ListPreps: prepositions between a speaker noun and the list of
	// countries it belongs to ("agencies from the US, the UK and Canada
	// said"), besides of_preps and agent_preps.
	ListPreps []string `json:"list_preps"`
	// JointWords: words beside a statement noun that make it shared or
	// backing ("a joint advisory", "statements of their own", « un
	// communiqué commun »): its publisher joins the attribution.
	JointWords []string `json:"joint_words"`
	// SubsidiaryNouns: "subsidiary", « filiale »: with an of-complement
	// naming the owner (« la filiale de Google explique »), the firm owned
	// speaks, as a company anaphor; the owner does not.
	SubsidiaryNouns []string `json:"subsidiary_nouns"`
	// ExampleMarkers: words that open a list of examples of the noun before
	// them ("countries, including Latvia and Poland", « des pays, notamment
	// la Lettonie »): after a victim preposition the examples are targets.
	ExampleMarkers []string `json:"example_markers"`
	// ComparisonMarkers: words that compare with another actor ("similar to
	// those of", "like", « à l'instar de »): a group right after them is
	// the yardstick of the one accused, not accused itself.
	ComparisonMarkers []string `json:"comparison_markers"`
	// ClauseComparisonMarkers compare only at the start of a clause (the
	// sentence's, or after a comma): "Like APT28, the group…", not "it
	// looks like APT28 was behind it".
	ClauseComparisonMarkers []string `json:"clause_comparison_markers"`
	// ComparisonVerbs and ComparisonPreps: a verb that compares its object
	// with what follows the preposition ("compared the case with Volt
	// Typhoon", « comparé l'opération à celle de Sandworm »): a yardstick.
	ComparisonVerbs []string `json:"comparison_verbs"`
	ComparisonPreps []string `json:"comparison_preps"`
	// SelfClaims: words by which an attacker claims its own operation
	// ("claimed responsibility", « a revendiqué »): a group that is their
	// subject or agent speaks for itself and is not, by that sentence, the
	// accused of the article's attribution.
	SelfClaims []string `json:"self_claims"`
	// FrontNouns: nouns that call the group named just before them another
	// actor's front ("Solntsepek is a front used by Sandworm", « X, une
	// façade du GRU »); FrontCues: phrases that hide an actor behind the
	// group named just after them (« se cacher derrière un groupe se
	// faisant appeler Anonymous 64 », "posing as"). The front is not
	// accused; the actor behind it is.
	FrontNouns []string `json:"front_nouns"`
	FrontCues  []string `json:"front_cues"`
	// RestrictiveWords: words that may stand between a group and its front
	// noun without changing what it is called ("DarkBit is only a front",
	// « DarkBit n'est qu'une façade »).
	RestrictiveWords []string `json:"restrictive_words"`
	// FormerWords: words that make an official a former one ("A former
	// Treasury official said", « un ancien responsable de l'ANSSI »): the
	// organ of his title does not speak through him.
	FormerWords []string `json:"former_words"`
	// LeakVerbs: participles of leaking a tool ("dumped online by a group
	// calling itself the Shadow Brokers", « publié par un groupe se faisant
	// appeler Shadow Brokers »): the group that leaked a tool the attack
	// used is not its attacker.
	LeakVerbs []string `json:"leak_verbs"`
	// LanguageNouns: nouns of written or spoken text ("a message in
	// Ukrainian and Polish", « un texte en russe »): a demonym after one of
	// these and a language_preps word names a language, not a state.
	LanguageNouns []string `json:"language_nouns"`
	// InterestNouns: what a state's possessive names as served ("acts in
	// Russia's interest", "on Moscow's behalf"): the state is the tie, not a
	// place or a target.
	InterestNouns []string `json:"interest_nouns"`
	// WarNouns: nouns of armed conflict ("war", « guerre », "invasion"): a
	// state after one of these and a victim preposition ("its war of
	// aggression against Ukraine") is the other side of a war, not the
	// target of the cyber operation the article reports.
	WarNouns []string `json:"war_nouns"`
	// MeasureWords: words of a sanction or a trade measure ("sanctions",
	// "imposed", « sanctions », « imposées »): a state after one of these and
	// a victim preposition ("the measures imposed on Russia") is the target
	// of a measure, not of the cyber operation.
	MeasureWords []string `json:"measure_words"`
	// MakerVerbs: participles of making or selling ("made", "sold", «
	// vendus »): a state or demonym in the agent phrase after one ("devices
	// made by the Israeli company", « des équipements vendus par des
	// fournisseurs américains ») names the product's maker, not a victim.
	MakerVerbs []string `json:"maker_verbs"`
	// InfraNouns: the attacker's own machines ("servers", « serveurs »);
	// InfraUse: the words before them that make them a tool ("through",
	// "leased", « par », « loués »). The states where such machines sit
	// ("relayed through servers in Japan") are neither victims nor accused
	// (SCHEMA: victims are the targets of the attack).
	InfraNouns []string `json:"infrastructure_nouns"`
	InfraUse   []string `json:"infrastructure_use"`
	// VictimListVerbs: verbs that list where the victims are after a
	// victims/targets subject ("the victims spanned Italy and Spain",
	// "targets included Poland"): the states listed are targets.
	VictimListVerbs []string `json:"victim_list_verbs"`
	// LanguagePreps: "in", « en », « rédigé en »'s preposition.
	LanguagePreps []string `json:"language_preps"`
	// LanguageCompounds: the second part of a compound whose first part is
	// a demonym naming a language ("Russian-speaking", "Chinese-language"):
	// the speakers' tongue, not a state.
	LanguageCompounds []string `json:"language_compounds"`
	// CountryAnaphors: "the three countries", « ces pays »: after a victim
	// preposition they name as targets the states listed earlier in the
	// sentence, speakers included ("Britain, the US and Canada said… labs
	// in the three countries").
	CountryAnaphors []string `json:"country_anaphors"`
	// GroupNameCues: phrases that introduce a threat group's name right
	// after them ("a group calling itself CrazyHunter", « un groupe baptisé
	// Void Blizzard »), with an attacker noun a few words before: a name
	// outside the group tables becomes a group mention.
	GroupNameCues []string `json:"group_name_cues"`
	// RenamingCues: a vendor's own name for a group already in context
	// ("Mandiant tracks it as APT45", « CrowdStrike, qui suit ces pirates
	// sous le nom de Vanguard Panda »): the name after it (an article or
	// « de » may come between, so French cues stop before « de ») re-labels
	// the antecedent, so it does not become the antecedent of later anaphors.
	RenamingCues []string `json:"renaming_cues"`
	// NamingPhrases: a phrase that, after an accusation word, makes it a
	// naming ("CrowdStrike désigne les opérateurs de DoppelPaymer sous le
	// nom de Doppel Spider"): the word names a group, it accuses nobody.
	NamingPhrases []string `json:"naming_phrases"`
	// AttackTargetPreps: prepositions that, right after an attack noun,
	// open its targets ("attacks against", « attaques contre »): a
	// nationality adjective of a target noun in that phrase ("against
	// French ministries", « contre des ministères français ») is the
	// victim's, not a second accused. "on" is not one ("blamed the attacks
	// on the Chinese government").
	AttackTargetPreps []string `json:"attack_target_preps"`
	// PersonAttackerNouns: attacker nouns that name one person ("a hacker
	// known as Zhou Shuai", « un pirate surnommé … »): the name after a
	// group-name cue is a person's, not a group's.
	PersonAttackerNouns []string `json:"person_attacker_nouns"`
	// GroupAnaphorNouns: the head nouns of an accused anaphor that point
	// to a group ("the same group", « ce groupe »): when the claim before
	// named a group and its sponsor's agency, the anaphor is the group.
	GroupAnaphorNouns []string `json:"group_anaphor_nouns"`
	// GroupQualifiers: words between a group noun and the group's name
	// that say what kind of group it is ("the ransomware group Akira", « le
	// groupe criminel Play »): the capitalised name after them is the
	// group's, even a common word or a country's name (« le groupe de
	// rançongiciel Cuba »).
	GroupQualifiers []string `json:"group_qualifiers"`
	// GangNouns: attacker nouns that say by themselves that the capitalised
	// name beside them is a threat group's ("the Lynx gang", « le gang
	// Lynx »), as a group qualifier does for a plain group noun
	GangNouns []string `json:"gang_nouns"`
	// SubjectNegations: words that negate a verb from the start of its
	// subject, further back than a negation before the verb ("Neither
	// Europol nor the German authorities accused Russia")
	SubjectNegations []string `json:"subject_negations"`
	// PossibilityModals: modals right before an attack verb that make it a
	// possibility, not a deed ("could target", « pourraient viser »)
	PossibilityModals []string `json:"possibility_modals"`
	// ProspectiveModals: modals and phrases right before an accusation
	// verb, at most two words between, that make it an accusation that may
	// or will be made, not one made ("could blame", "are expected to
	// formally blame", « pourrait attribuer », « s'apprête à accuser »).
	ProspectiveModals []string `json:"prospective_modals"`
	// ReflexivePronouns: clitics that make a following passive auxiliary
	// part of an active reflexive verb (« s'étaient introduits dans »)
	ReflexivePronouns []string `json:"reflexive_pronouns"`
	// PlaceQuantifiers: words between a target preposition and the place
	// it governs that leave the place in target position ("in other NATO
	// countries", « dans plusieurs pays de l'OTAN »).
	PlaceQuantifiers []string `json:"place_quantifiers"`
	// AmongWords: the preposition that sets a noun phrase among the
	// victims ("Canadian universities were among the victims", « parmi
	// les victimes figurent des universités canadiennes »).
	AmongWords []string `json:"among_words"`
	// NegativeDeterminers: determiners that deny the noun after them ("no
	// such attacks against …", « aucune attaque contre … »): the places of
	// an attack that did not happen are no victims.
	NegativeDeterminers []string `json:"negative_determiners"`
	// DiscoveryWords: report words whose date is the attack's, not the
	// statement's ("a breach discovered in the autumn of 2020", « une
	// intrusion découverte fin 2023 »).
	DiscoveryWords []string `json:"discovery_words"`
	// StartWords: verbs telling when a deed began ("which researchers say
	// began in 2019", « qui a débuté en 2019 »): a date right after one
	// dates the deed, even with a word of saying just before it.
	StartWords []string `json:"start_words"`
	// DativePronouns: pronouns standing before a verb for its indirect
	// object (« lui attribuait des intrusions aux États-Unis »): they name
	// an attribution's accused, so the preposition after the verb places
	// the deed. None in English, whose "them" is a direct object.
	DativePronouns []string `json:"dative_pronouns"`
	// SimilarWords: adjectives that make a clause's subject a yardstick
	// ("similar flaws have been used by…", « des failles similaires »).
	SimilarWords []string `json:"similar_words"`
	// DisclosureWords: report words that make an attack public ("disclosed
	// the breach in August 2023", « avait révélé l'intrusion en août »):
	// a date right after their object dates the disclosure, not the attack.
	DisclosureWords []string `json:"disclosure_words"`
	// SufferVerbs: verbs whose subject undergoes what their object names
	// ("Latvia and Finland had also faced similar operations", « la
	// Finlande a subi des attaques »): with an attack noun as object, the
	// states before them are targets.
	SufferVerbs []string `json:"suffer_verbs"`
	// RecentWords: adjectives telling an attack as new ("a fresh
	// campaign", « une nouvelle campagne »): with no date of its own it is
	// of the publication year.
	// TakedownWords: law-enforcement actions on an actor's property
	// ("police seized servers belonging to LockBit", « les serveurs de
	// LockBit ont été saisis »): with no word of accusing, attributing or
	// attacking in the sentence, a group they act on is their target,
	// accused of nothing.
	TakedownWords []string `json:"takedown_words"`
	RecentWords   []string `json:"recent_words"`
	// PlaceSpans: the two words of a span of places ("from Slovenia to
	// Mexico", « de la Slovénie au Mexique »): both states are where the
	// deed reached, never its actors.
	PlaceSpans [][2]string `json:"place_spans"`
	// PersonaWords qualify a name as a mask ("a so-called CyberCaliphate",
	// « un prétendu « CyberCaliphate » »): the persona an attack was
	// claimed under, not an actor any accuser names.
	PersonaWords []string `json:"persona_words"`
	// PhysicalAttacks make an attack noun a physical one ("the nerve-agent
	// attack", « l'attaque au Novitchok », « une attaque de drones »): the
	// word before the noun where adjectives lead (English), one of the
	// three after it where they follow (French). Such a noun tells no
	// cyber deed: sanctions over a poisoning accuse no one of an attack.
	PhysicalAttacks []string `json:"physical_attacks"`
	// SameWords mark an accused anaphor as the one named before ("the
	// same group", « du même groupe »): it takes the last claim's accused
	// however many sentences back, where a bare "the group" reaches three.
	SameWords []string `json:"same_words"`
	// SharedAgencies: agency names several states give their own organ
	// ("NCSC": Britain's, Switzerland's, the Netherlands', New Zealand's,
	// Ireland's), each with those states (ISO codes). The organ is the
	// one of the listed states the article names most often; the table's
	// owner when it names none (or ties with it).
	SharedAgencies map[string][]string `json:"shared_agencies"`
	// ProgressiveSuffixes end the verb forms of a continuing deed that
	// participle_suffixes leave out ("running", "operating"): after an
	// auxiliary they make a date the reported deed's, not the saying's.
	ProgressiveSuffixes []string `json:"progressive_suffixes"`
	// ToolCollections hold an actor's tools ("the toolkit of Turla",
	// « l'arsenal de Gamaredon »): a group owning one, in a sentence with
	// no attack verb, is named as a tool's maker or user, not accused.
	ToolCollections []string `json:"tool_collections"`
	// DayWords: the noun of "the same day", « le même jour » (with
	// same_words either side): a statement told so is dated by the claim
	// before it.
	DayWords []string `json:"day_words"`
	// MemberWords: the singular "member" of "NATO member states" after
	// an alliance's name, or before it (« un pays membre de l'OTAN »): the
	// alliance names places, not a speaker ("NATO allies" and « les États
	// membres » speak for it).
	MemberWords []string `json:"member_words"`
	// ThreatNouns: "threats", « menaces »: a group listed among them ("listed
	// APT41 among the threats to watch", « classe APT41 parmi les menaces »)
	// is named as a danger, not accused of a deed.
	ThreatNouns []string `json:"threat_nouns"`
	// IndefiniteSubjects: "some", "many", "others", « certains », « d'aucuns »
	// opening an accusation's subject with no name in it ("Some suspect
	// Russia", "Many experts blamed Iran"): people the article does not
	// name speculate; no claim, and no earlier speaker is lent to them.
	IndefiniteSubjects []string `json:"indefinite_subjects"`
	// QuestionWords open a clause that asks instead of asserting ("Asked
	// whether the Kremlin had any link to the gang, …"): every trigger of
	// that clause is suspended, however far after the word, where a
	// negation word reaches three words.
	QuestionWords []string `json:"question_words"`
	// PunitiveVerbs: "expelled", "sanctioned", « expulsé »: a measure taken
	// against people a participle then calls accused ("the Netherlands
	// expelled four GRU officers accused of trying to hack the OPCW", «
	// les Pays-Bas avaient expulsé quatre agents du GRU, accusés d'avoir…
	// »): the one who took the measure accuses them.
	PunitiveVerbs []string `json:"punitive_verbs"`
}

// cat is a phrase category of the lexicon.
type cat uint8

const (
	catAccuse cat = iota
	catAttribute
	catReport
	catSource
	catCueRight
	catCueLeft
	catAttackVerb
	catAttackNoun
	catDenial
	catHedge
	catHabitual
	catNegation
	catVictimPrep
	catLocation
	catAgentPrep
	catCoord
	catBoundary
	catPronoun
	catAnaCompany
	catAnaReport
	catAnaInstitution
	catCessation
	catDenialTerm
	catAnaAccused
	catSelfVictim
	catCoSpeaker
	catThen
	catExoneration
	catRefusal
	catCleft
	catReputation
	nCats
)

// matchAll keeps the categories matched at a token in a uint32.
var _ [32 - nCats]struct{}

// phrase is one compiled lexicon entry: folded words, "*" for a gap.
type phrase struct {
	words []string
	cat   cat
	// ids are the words as the lexicon's word ids (wordInfo.id), gapID for
	// a "*": matchAll compares a token's id, looked up once per token,
	// instead of its string (issue 11); gap reports a "*" among them
	ids []int32
	gap bool
}

// gapID is the id of "*" in phrase.ids; no token has it. longGapID is a
// "*" followed by three words or more ("named * as the sponsor"): a tail
// that long anchors the match, so the gap may hold a longer object ("China's
// Ministry of State Security"); a short tail ("suspects * of") keeps the
// short gap (« soupçonné * d'être »), or it would reach over a clause
// (« soupçonné de longue date par Washington d'être lié »).
const (
	gapID     = -1
	longGapID = -2
)

// lexicon is the compiled data of one language.
type lexicon struct {
	lang    string
	byFirst map[string][]*phrase // first word → phrases, longest first
	words   map[cat]map[string]bool
	cats    map[string]uint64 // one-word phrases: word → bit per category, one lookup for all
	// prepBits is prepClass's answer for every folded preposition it can
	// be other than 0, from ofPreps, cats and attackOfPreps (indexClasses):
	// one map look-up per new preposition of an article, where there were
	// three
	prepBits map[string]uint8
	// info is what the analyser asks of each token, in one lookup per token
	// and article: its categories and the phrases starting with it
	info map[string]wordInfo
	// byteInfo is info of the one-byte ASCII words (classes.go)
	byteInfo [utf8.RuneSelf]wordInfo
	// known has the bit wordBit(strtab.Hash(w)) of every word of info
	// (classes.go)
	known [1 << 16 / 64]uint64
	// infoTab is info as a compact hash table (internal/strtab), nil for a
	// lexicon too large for it
	infoTab *strtab.Table[wordInfo]
	// phraseIdx holds the phrase indexes of the words that start phrases:
	// wordInfo.first is a number into it, not a pointer; values, so that
	// matchAll reaches an index in one load
	phraseIdx []phraseIndex

	institution map[string]bool
	tie         map[string]bool
	attacker    map[string]bool
	victimNoun  map[string]bool
	contMark    map[string]bool // continuation_markers
	domFirst    map[string]bool // first words of domestic_targets: a cheap guard before domPhrases

	// domPhrases: the words of domestic_targets by their first word
	// (domesticLen compares them with the tokens, no key joined)
	domPhrases map[string][][]string

	domQual     map[string]bool // domestic_qualifiers
	domOwner    map[string]bool // domestic_owners
	separate    map[string]bool // separate_markers
	groupRel    map[string]bool // "subgroup of APT10": a related group, not accused
	previous    map[string]bool // "already", « déjà »: an earlier campaign, whose dates are not this claim's
	unknownW    map[string]bool // "previously unknown", « jusqu'ici inconnu »: the actor is new, the events are not earlier ones
	selfPlace   map[string]bool // "the country", « le pays » in a self_victim phrase: the speaker's land
	sharedSelf  map[string]bool // "their", « leurs »: a self_victim marker of every accuser
	selfSubject map[string]bool // "said it had been targeted", « avoir été visée »: the speaker itself
	companyNoun map[string]bool
	aux         map[string]bool
	passiveAux  map[string]bool
	relatives   map[string]bool
	attackPron  map[string]bool // "it", « cela »: what "was behind" points back to
	cyber       []string        // stems, matched as prefixes of folded words
	cyberBy     [256][]string   // the cyber stems by first byte (classes.go)
	cyberAny    bool            // an empty cyber stem: every word is one
	cyberShort  [256]bool       // a one-byte cyber stem, by its byte
	cyberSecond [256][4]uint64  // the second bytes of the longer cyber stems, by first byte
	abbrevs     map[string]bool
	starters    map[string]bool
	defensive   map[string]bool // folded entity names of defensive agencies
	nonOperator map[string]bool // folded entity names of agencies never accused
	vendor      map[string]bool // folded names of spyware makers and products, never accused
	nonCyber    map[string]bool // "disinformation": an accusation object that is not an attack
	hedgeStrong []string        // folded phrases, matched inside the hedge text
	hedgeModer  []string

	// function words and morphology (langFile's fields of the same names)
	articles, ofPreps, placePreps, negParticles, negWords, negClitics map[string]bool
	criminals                                                         map[string]bool
	suspects                                                          map[string]bool
	seatPreps                                                         map[string]bool
	locParticiples, listWords, objectPron, possPron, complementizers  map[string]bool
	contrast, clauseBreaks, indefinite, irregularPart, adjDeterminers map[string]bool
	modals, infMarkers, attackOfDet, attackOfPreps, researchers       map[string]bool
	targetPeople, firstPerson, targetDet, stateLinks, transparent     map[string]bool
	contextOwners, genericAgencies                                    [][]string
	sharedAgencies                                                    []sharedAgency
	shortStates                                                       map[string]string
	shortStateCCs                                                     []string // the values of shortStates: analyzer.shortStates scans them per mention
	indefinitePlural                                                  map[string]bool
	toolNouns                                                         map[string]bool
	languageCompounds                                                 map[string]bool
	tiePrefixes                                                       []string
	initialSources                                                    map[string]bool
	partSuffixes, nonPartSuffixes, superlSuffixes, modalPrefixes      []string
	infSuffixes                                                       []string
	guessWords                                                        map[string]bool
	// lazy is set in the shell of an embedded lexicon not compiled yet
	// (lazylex.go): only lang and guessWords are set beside it
	lazy                                       *lazyLexicon
	discovery, recent, start, dative, similar  map[string]bool
	takedown                                   map[string]bool
	spans                                      map[string][]string // place_spans: first word → second words, folded
	persona                                    map[string]bool
	physical                                   map[string]bool
	same                                       map[string]bool
	progSuffixes                               []string
	toolCollections                            map[string]bool
	dayWords                                   map[string]bool
	memberWords                                map[string]bool
	threatNouns                                map[string]bool
	indefSubjects                              map[string]bool // indefinite_subjects
	questionWords                              map[string]bool // question_words
	punitiveVerbs                              map[string]bool // punitive_verbs
	disclosure                                 map[string]bool // disclosure_words
	suffer                                     map[string]bool // suffer_verbs
	personAttacker                             map[string]bool // person_attacker_nouns
	groupAnaphor                               map[string]bool // group_anaphor_nouns
	groupQualifiers                            map[string]bool // group_qualifiers
	gangNouns                                  map[string]bool // gang_nouns
	subjectNeg                                 map[string]bool // subject_negations
	possModals                                 map[string]bool // possibility_modals
	prospective                                [][]string      // prospective_modals
	reflexive                                  map[string]bool // reflexive_pronouns
	placeQuant                                 map[string]bool // place_quantifiers
	among                                      map[string]bool // among_words
	negDet                                     map[string]bool // negative_determiners
	negClosers                                 map[string]bool // negation_closers
	statementNouns, reportNouns, verbLinks     map[string]bool
	orgBefore                                  [][]string
	orgAfter, orgSuffix, orgNonHead            map[string]bool
	orgKeyDrop                                 [][]string
	mediaRelay                                 map[string]bool
	nameDemonyms                               map[string]bool
	cueTargets                                 map[string]bool
	attributePreps, listPreps                  map[string]bool
	jointWords, subsidiaryNouns, orgHeads      map[string]bool
	groupNameCues                              [][]string
	groupCueFirst                              map[string]bool // their first words (classes.go)
	renamingCues                               [][]string
	namingPhrases                              [][]string
	attackTargetPreps                          map[string]bool
	exampleMarkers                             [][]string
	comparisonMarkers, clauseComparisonMarkers [][]string
	selfClaims                                 [][]string
	phraseFirst, phraseLast                    map[string]bool // first and last words of a few phrase lists (classes.go)
	frontNouns, frontCues                      [][]string
	restrictive, formerWords, leakVerbs        map[string]bool
	comparisonVerbs, comparisonPreps           map[string]bool
	// the lists above asked at many tokens, indexed by last word (phraseset.go)
	frontCueSet, comparisonSet, renamingSet      phraseSet
	prospectiveSet                               phraseSet
	selfClaimSet, countryAnaphorSet              phraseSet // by first word
	languageNouns, languagePreps                 map[string]bool
	interestNouns                                map[string]bool
	warNouns                                     map[string]bool
	measureWords, makerVerbs                     map[string]bool
	infraNouns, infraUse                         map[string]bool
	victimListVerbs                              map[string]bool
	countryAnaphors                              [][]string
	selfTargetStems, hackStems, eventTargetStems []string
	hyphenLoc, hyphenTie, hyphenOwner            []string
	capStarters                                  []string // with a trailing space
	compoundHeadLast, adjectiveAfterNoun         bool

	// subjectNeg, possModals and spans as smallIndex (issue 11: the
	// subject negations' look-ups alone were ~2 % of an article)
	subjectNegIdx, possModalsIdx smallIndex[bool]
	spansIdx                     smallIndex[[]string]
}

// maxGap is how many tokens a "*" in a phrase may cover, maxLongGap one
// with a long tail (longGapID).
const (
	maxGap     = 4
	maxLongGap = 6
)

func loadLexicons(extra []string) (map[string]*lexicon, error) {
	return embeddedLexicons(extra, func(file string, data []byte) (*lexicon, error) {
		lx, err := compileLexiconData(file, data, false)
		if err != nil {
			return nil, fmt.Errorf("extractor: lexicon %w", err)
		}
		return lx, nil
	})
}

// embeddedLexicons opens every embedded lang/*.json with open, checks that
// its language is its file's name, and adds the --lexicon files.
func embeddedLexicons(extra []string, open func(file string, data []byte) (*lexicon, error)) (map[string]*lexicon, error) {
	entries, err := fs.ReadDir(langFS, "lang")
	if err != nil {
		return nil, fmt.Errorf("extractor: lexicons: %w", err)
	}
	out := map[string]*lexicon{}
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".json" {
			continue
		}
		file := "lang/" + e.Name()
		data, err := langFS.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("extractor: lexicon %s: %w", e.Name(), err)
		}
		lx, err := open(file, data)
		if err != nil {
			return nil, err
		}
		if want := strings.TrimSuffix(e.Name(), ".json"); lx.lang != want {
			return nil, fmt.Errorf("extractor: lexicon %s: lang %q does not match the file name", file, lx.lang)
		}
		out[lx.lang] = lx
	}
	return withUserLexicons(out, extra)
}

// withUserLexicons adds the --lexicon files to the embedded lexicons out
// (a user file of a language replaces the embedded one).
func withUserLexicons(out map[string]*lexicon, extra []string) (map[string]*lexicon, error) {
	user, err := loadUserLexicons(extra)
	if err != nil {
		return nil, err
	}
	for l, lx := range user {
		out[l] = lx
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("extractor: no lexicon in lang/")
	}
	return out, nil
}

// loadUserLexicons compiles the --lexicon files, strictly.
func loadUserLexicons(extra []string) (map[string]*lexicon, error) {
	out := map[string]*lexicon{}
	// extra files go through the same compile path as the embedded ones
	for _, p := range extra {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("extractor: lexicon: %w", err)
		}
		lx, err := compileLexiconFile(p, data)
		if err != nil {
			return nil, fmt.Errorf("extractor: lexicon %w", err)
		}
		if want := strings.TrimSuffix(filepath.Base(p), ".json"); lx.lang != want {
			return nil, fmt.Errorf("extractor: lexicon %s: lang %q does not match the file name", p, lx.lang)
		}
		out[lx.lang] = lx
	}
	return out, nil
}

// guessWordSet is the set of guess words, lower case.
func guessWordSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
}

// lexiconMapKeys are the keys allowed inside the lexicon's map-valued
// fields: any other is a typo the loader reports.
var lexiconMapKeys = map[string][]string{
	"anaphors":       {"company", "report", "institution"},
	"hedge_strength": {"strong", "moderate"},
}

func compileLexicon(data []byte) (*lexicon, error) {
	return compileLexiconFile("lexicon", data)
}

// compileLexiconFile validates and compiles the lexicon read from file: an
// unknown key, a key given twice or an entry given twice in one list is an
// error naming file and line ("lang/fr.json:12: unknown key …").
func compileLexiconFile(file string, data []byte) (*lexicon, error) {
	return compileLexiconData(file, data, true)
}

// compileLexiconData compiles a lexicon; strict runs strictjson's checks (user
// files). The embedded files cannot change after the build and
// TestEmbeddedLexiconsValid checks them strictly, while checking them in
// every process was half of loadLexicons' time: they are only decoded.
func compileLexiconData(file string, data []byte, strict bool) (*lexicon, error) {
	var f langFile
	if strict {
		if err := strictjson.Decode(file, data, &f, lexiconMapKeys); err != nil {
			return nil, err
		}
	} else {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
	}
	if f.Lang == "" {
		return nil, fmt.Errorf("%s: missing \"lang\"", file)
	}
	lx := &lexicon{lang: f.Lang, byFirst: map[string][]*phrase{}, words: map[cat]map[string]bool{}, cats: map[string]uint64{}}
	add := func(c cat, list []string) error {
		for _, s := range list {
			ws := phraseWords(s)
			if len(ws) == 0 || ws[0] == "*" {
				return fmt.Errorf("bad phrase %q", s)
			}
			p := &phrase{words: ws, cat: c}
			lx.byFirst[ws[0]] = append(lx.byFirst[ws[0]], p)
			if len(ws) == 1 {
				if lx.words[c] == nil {
					lx.words[c] = map[string]bool{}
				}
				lx.words[c][ws[0]] = true
				lx.cats[ws[0]] |= 1 << c
			}
		}
		return nil
	}
	lists := []struct {
		c cat
		l []string
	}{
		{catAccuse, f.Accuse}, {catAttribute, f.Attribute}, {catReport, f.Report}, {catSource, f.Source},
		{catCueRight, f.CueRight}, {catCueLeft, f.CueLeft}, {catAttackVerb, f.AttackVerbs}, {catAttackNoun, f.AttackNouns},
		{catDenial, f.Denial}, {catHedge, f.Hedge}, {catHabitual, f.Habitual}, {catNegation, f.Negation}, {catExoneration, f.Exonerations}, {catRefusal, f.AttributionRefusals}, {catCleft, f.CleftOpeners},
		{catVictimPrep, f.VictimPreps}, {catLocation, f.LocationCues}, {catAgentPrep, f.AgentPreps}, {catCoord, f.Coord},
		{catBoundary, f.Boundaries}, {catPronoun, f.Pronouns}, {catCessation, f.Cessation}, {catDenialTerm, f.DenialTerms}, {catAnaAccused, f.AccusedAnaphors}, {catSelfVictim, f.SelfVictim}, {catCoSpeaker, f.CoSpeakers},
		{catThen, f.ThenWords}, {catReputation, f.Reputation},
		{catAnaCompany, f.Anaphors["company"]}, {catAnaReport, f.Anaphors["report"]}, {catAnaInstitution, f.Anaphors["institution"]},
	}
	for _, l := range lists {
		if err := add(l.c, l.l); err != nil {
			return nil, err
		}
	}
	for k := range lx.byFirst {
		ps := lx.byFirst[k]
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
	lx.info = make(map[string]wordInfo, len(lx.byFirst))
	// every word of a phrase gets an id (1, 2, …; 0 is a word in none),
	// in a fixed order so that ids do not depend on map iteration
	firsts := make([]string, 0, len(lx.byFirst))
	for k := range lx.byFirst {
		firsts = append(firsts, k)
	}
	sort.Strings(firsts)
	for _, k := range firsts {
		for _, p := range lx.byFirst[k] {
			p.ids = make([]int32, len(p.words))
			for i, w := range p.words {
				if w == "*" {
					p.ids[i], p.gap = gapID, true
					if tail := p.words[i+1:]; len(tail) >= 3 && !slices.Contains(tail, "*") {
						p.ids[i] = longGapID
					}
					continue
				}
				wi, ok := lx.info[w]
				if !ok {
					wi.id = int32(len(lx.info) + 1)
					lx.info[w] = wi
				}
				p.ids[i] = wi.id
			}
		}
	}
	// in the order of firsts: an index's number does not depend on map
	// iteration either
	lx.phraseIdx = make([]phraseIndex, 0, len(firsts))
	for _, k := range firsts {
		lx.phraseIdx = append(lx.phraseIdx, *newPhraseIndex(lx.byFirst[k]))
		wi := lx.info[k]
		wi.cats, wi.first = uint32(lx.cats[k]), int32(len(lx.phraseIdx))
		lx.info[k] = wi
	}
	lx.institution = wordSet(f.InstitutionNouns)
	lx.tie = wordSet(f.TieWords)
	lx.attacker = wordSet(f.AttackerNouns)
	lx.victimNoun = wordSet(f.VictimNouns)
	lx.groupRel = wordSet(f.GroupRelations)
	lx.previous = wordSet(f.Previous)
	lx.unknownW = wordSet(f.UnknownWords)
	lx.selfPlace = wordSet(f.SelfPlaces)
	lx.sharedSelf = foldSet(f.SharedSelfMarkers)
	lx.selfSubject = wordSet(f.SelfSubjects)
	lx.companyNoun = wordSet(f.CompanyNouns)
	lx.contMark = wordSet(f.ContinuationMarkers)
	lx.domFirst = firstWords(f.DomesticTargets)
	lx.domPhrases = map[string][][]string{}
	for _, ws := range phraseLists(f.DomesticTargets) {
		lx.domPhrases[ws[0]] = append(lx.domPhrases[ws[0]], ws)
	}
	lx.domQual = wordSet(f.DomesticQualifiers)
	lx.domOwner = wordSet(f.DomesticOwners)
	lx.separate = wordSet(f.SeparateMarkers)
	lx.aux = wordSet(f.Aux)
	lx.passiveAux = wordSet(f.PassiveAux)
	lx.relatives = wordSet(f.Relatives)
	lx.attackPron = wordSet(f.AttackPronouns)
	lx.abbrevs = wordSet(f.Abbrevs)
	lx.starters = wordSet(f.Starters)
	lx.nonCyber = wordSet(f.NonCyberObjects)
	for _, h := range f.HedgeStrength["strong"] {
		lx.hedgeStrong = append(lx.hedgeStrong, strings.Join(phraseWords(h), " "))
	}
	for _, h := range f.HedgeStrength["moderate"] {
		lx.hedgeModer = append(lx.hedgeModer, strings.Join(phraseWords(h), " "))
	}
	lx.articles, lx.ofPreps, lx.placePreps = foldSet(f.Articles), foldSet(f.OfPreps), foldSet(f.PlacePreps)
	lx.seatPreps = foldSet(f.SeatPreps)
	lx.negParticles, lx.negWords, lx.negClitics = foldSet(f.NegationParticles), foldSet(f.NegationWords), foldSet(f.NegationClitics)
	lx.criminals = foldSet(f.CriminalNouns)
	lx.suspects = foldSet(f.SuspectNouns)
	lx.locParticiples, lx.listWords = foldSet(f.LocationParticiples), foldSet(f.ListWords)
	lx.objectPron, lx.possPron, lx.complementizers = foldSet(f.ObjectPronouns), foldSet(f.PossessivePronouns), foldSet(f.Complementizers)
	lx.contrast, lx.clauseBreaks, lx.indefinite = foldSet(f.ContrastWords), foldSet(f.ClauseBreaks), foldSet(f.IndefiniteArticles)
	lx.irregularPart, lx.adjDeterminers = foldSet(f.IrregularParticiples), foldSet(f.AdjectivalDeterminers)
	lx.indefinitePlural = foldSet(f.IndefinitePlural)
	lx.modals, lx.infMarkers = foldSet(f.Modals), foldSet(f.InfinitiveMarkers)
	lx.attackOfDet, lx.attackOfPreps = foldSet(f.AttackOfDeterminers), foldSet(f.AttackOfPreps)
	lx.discovery, lx.recent, lx.start = foldSet(f.DiscoveryWords), foldSet(f.RecentWords), foldSet(f.StartWords)
	lx.dative = foldSet(f.DativePronouns)
	lx.similar = foldSet(f.SimilarWords)
	lx.takedown = foldSet(f.TakedownWords)
	lx.persona = foldSet(f.PersonaWords)
	lx.physical = foldSet(f.PhysicalAttacks)
	lx.same = foldSet(f.SameWords)
	lx.progSuffixes = foldList(f.ProgressiveSuffixes)
	lx.toolCollections = foldSet(f.ToolCollections)
	lx.dayWords = foldSet(f.DayWords)
	lx.memberWords = foldSet(f.MemberWords)
	lx.threatNouns = foldSet(f.ThreatNouns)
	lx.indefSubjects = foldSet(f.IndefiniteSubjects)
	lx.questionWords = foldSet(f.QuestionWords)
	lx.punitiveVerbs = foldSet(f.PunitiveVerbs)
	for _, sp := range f.PlaceSpans {
		if lx.spans == nil {
			lx.spans = map[string][]string{}
		}
		k := fold(sp[0])
		lx.spans[k] = append(lx.spans[k], fold(sp[1]))
	}
	lx.spansIdx = newSmallIndex(lx.spans)
	lx.disclosure = foldSet(f.DisclosureWords)
	lx.suffer = foldSet(f.SufferVerbs)
	lx.personAttacker = foldSet(f.PersonAttackerNouns)
	lx.groupAnaphor = foldSet(f.GroupAnaphorNouns)
	lx.groupQualifiers = foldSet(f.GroupQualifiers)
	lx.gangNouns = foldSet(f.GangNouns)
	lx.subjectNeg = foldSet(f.SubjectNegations)
	lx.subjectNegIdx = newSmallIndex(lx.subjectNeg)
	lx.possModals = foldSet(f.PossibilityModals)
	lx.prospective = phraseLists(f.ProspectiveModals)
	lx.prospectiveSet = newPhraseSet(lx.prospective)
	lx.possModalsIdx = newSmallIndex(lx.possModals)
	lx.reflexive = foldSet(f.ReflexivePronouns)
	lx.placeQuant = foldSet(f.PlaceQuantifiers)
	lx.among = foldSet(f.AmongWords)
	lx.negDet, lx.negClosers = foldSet(f.NegativeDeterminers), foldSet(f.NegationClosers)
	lx.researchers, lx.targetPeople, lx.firstPerson = foldSet(f.ResearcherNouns), foldSet(f.TargetPeople), foldSet(f.FirstPerson)
	lx.partSuffixes, lx.nonPartSuffixes = foldList(f.ParticipleSuffixes), foldList(f.NonParticipleSuffixes)
	lx.superlSuffixes, lx.modalPrefixes, lx.infSuffixes = foldList(f.SuperlativeSuffixes), foldList(f.ModalPrefixes), foldList(f.InfinitiveSuffixes)
	lx.targetDet, lx.stateLinks, lx.transparent = foldSet(f.TargetDeterminers), foldSet(f.StateLinks), foldSet(f.TransparentBoundaries)
	lx.toolNouns = foldSet(f.ToolNouns)
	lx.tiePrefixes = foldList(f.TiePrefixes)
	lx.initialSources = foldSet(f.InitialSources)
	lx.contextOwners = phraseLists(f.ContextOwners)
	lx.genericAgencies = phraseLists(f.GenericAgencies)
	for _, name := range slices.Sorted(maps.Keys(f.SharedAgencies)) {
		if ws := phraseWords(name); len(ws) > 0 {
			lx.sharedAgencies = append(lx.sharedAgencies, sharedAgency{words: ws, owners: f.SharedAgencies[name]})
		}
	}
	lx.shortStates = make(map[string]string, len(f.ShortStates))
	for w, cc := range f.ShortStates {
		lx.shortStates[fold(w)] = cc
	}
	for _, cc := range lx.shortStates {
		lx.shortStateCCs = append(lx.shortStateCCs, cc)
	}
	slices.Sort(lx.shortStateCCs) // in one order whatever the map's, for TestLazyLexiconsMatchLoaded
	lx.compoundHeadLast, lx.adjectiveAfterNoun = f.CompoundHeadLast, f.AdjectiveAfterNoun
	lx.statementNouns, lx.reportNouns, lx.verbLinks = foldSet(f.StatementNouns), foldSet(f.ReportNouns), foldSet(f.VerbLinks)
	lx.selfTargetStems, lx.hackStems, lx.eventTargetStems = foldList(f.SelfTargetStems), foldList(f.HackStems), foldList(f.EventTargetStems)
	lx.hyphenLoc, lx.hyphenTie = foldList(f.HyphenLocationPrefixes), foldList(f.HyphenTiePrefixes)
	lx.hyphenOwner = foldList(f.HyphenOwnerPrefixes)
	lx.orgBefore = phraseLists(f.OrgCuesBefore)
	lx.orgKeyDrop = phraseLists(f.OrgKeyDrop)
	lx.mediaRelay = foldSet(f.MediaRelay)
	lx.nameDemonyms = foldSet(f.NameDemonyms)
	lx.cueTargets = foldSet(f.CueTargets)
	lx.attributePreps = foldSet(f.AttributePreps)
	lx.listPreps = foldSet(f.ListPreps)
	lx.jointWords, lx.subsidiaryNouns = foldSet(f.JointWords), foldSet(f.SubsidiaryNouns)
	lx.orgHeads = foldSet(f.OrgHeads)
	lx.languageNouns, lx.languagePreps = foldSet(f.LanguageNouns), foldSet(f.LanguagePreps)
	lx.languageCompounds = foldSet(f.LanguageCompounds)
	lx.interestNouns = foldSet(f.InterestNouns)
	lx.warNouns = foldSet(f.WarNouns)
	lx.measureWords, lx.makerVerbs = foldSet(f.MeasureWords), foldSet(f.MakerVerbs)
	lx.infraNouns, lx.infraUse = foldSet(f.InfraNouns), foldSet(f.InfraUse)
	lx.victimListVerbs = foldSet(f.VictimListVerbs)
	lx.countryAnaphors = phraseLists(f.CountryAnaphors)
	lx.exampleMarkers = phraseLists(f.ExampleMarkers)
	lx.comparisonMarkers = phraseLists(f.ComparisonMarkers)
	lx.clauseComparisonMarkers = phraseLists(f.ClauseComparisonMarkers)
	lx.selfClaims = phraseLists(f.SelfClaims)
	lx.frontNouns, lx.frontCues = phraseLists(f.FrontNouns), phraseLists(f.FrontCues)
	lx.restrictive, lx.formerWords, lx.leakVerbs = foldSet(f.RestrictiveWords), foldSet(f.FormerWords), foldSet(f.LeakVerbs)
	lx.comparisonVerbs, lx.comparisonPreps = foldSet(f.ComparisonVerbs), foldSet(f.ComparisonPreps)
	lx.attackTargetPreps = foldSet(f.AttackTargetPreps)
	lx.renamingCues = phraseLists(f.RenamingCues)
	lx.namingPhrases = phraseLists(f.NamingPhrases)
	lx.frontCueSet, lx.comparisonSet, lx.renamingSet = newPhraseSet(lx.frontCues), newPhraseSet(lx.comparisonMarkers), newPhraseSet(lx.renamingCues)
	lx.selfClaimSet, lx.countryAnaphorSet = newPhraseSetFirst(lx.selfClaims), newPhraseSetFirst(lx.countryAnaphors)
	lx.groupNameCues = phraseLists(f.GroupNameCues)
	lx.orgAfter, lx.orgSuffix, lx.orgNonHead = foldSet(f.OrgCuesAfter), foldSet(f.OrgSuffixes), foldSet(f.OrgNonHeads)
	for _, s := range f.CapitalisedStarters {
		lx.capStarters = append(lx.capStarters, strings.TrimSpace(s)+" ")
	}
	lx.guessWords = guessWordSet(f.GuessWords)
	lx.defensive = map[string]bool{}
	for _, n := range f.DefensiveAgencies {
		lx.defensive[fold(strings.TrimSpace(n))] = true
	}
	lx.nonOperator = map[string]bool{}
	for _, n := range f.NonOperatorAgencies {
		lx.nonOperator[fold(strings.TrimSpace(n))] = true
	}
	lx.vendor = map[string]bool{}
	for _, n := range f.SpywareVendors {
		lx.vendor[fold(strings.TrimSpace(n))] = true
	}
	for _, s := range f.Cyber {
		lx.cyber = append(lx.cyber, fold(s))
	}
	lx.indexClasses()
	return lx, nil
}

// phraseWords folds a lexicon phrase into the words the tokenizer produces.
func phraseWords(s string) []string {
	// every phrase of every lexicon goes through here at start-up: the
	// tokens of a short phrase fit in a buffer on the stack
	var buf [16]token
	toks := appendTokens(buf[:0], s, 0, len(s))
	if len(toks) == 0 {
		return nil
	}
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.w
	}
	// a phrase ending in an elision (« l'œuvre d' », « à l'origine d' »):
	// with no word after the apostrophe the tokenizer splits "d" from it,
	// while in the text the elision is one token, "d'", before the next
	// word; the phrase must end on that token or it never matches
	if n := len(out); n >= 3 && (out[n-1] == "'" || out[n-1] == "’") && elisions[out[n-2]] {
		out = append(out[:n-2], out[n-2]+"'")
	}
	return out
}

// phraseLists folds each phrase of list into its words, leaving out the
// empty ones.
func phraseLists(list []string) [][]string {
	var out [][]string
	for _, s := range list {
		if ws := phraseWords(s); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// firstWords is the set of the first words of phrases.
func firstWords(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		if ws := phraseWords(s); len(ws) > 0 {
			m[ws[0]] = true
		}
	}
	return m
}

func wordSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		ws := phraseWords(s)
		if len(ws) == 1 {
			m[ws[0]] = true
		} else if len(ws) > 1 {
			m[strings.Join(ws, " ")] = true
		}
	}
	return m
}

// foldSet folds each entry whole (no tokenizing, so "n't" or "qu'" stay one
// key, as the tokenizer emits them).
func foldSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[fold(strings.TrimSpace(s))] = true
	}
	return m
}

// smallIndex is a string-keyed map of at most smallMax keys as two
// slices, scanned (issue 11): the analyser asks some small lexicon maps at
// many tokens (the subject negations up to ten tokens back at each trigger,
// the possibility modals, the place-span openers), and comparing two to
// eight short strings inline costs a fraction of a map access. The map
// stays the answer for a larger one (ok false).
type smallIndex[V any] struct {
	keys []string
	vals []V
	ok   bool
	// first: bit per first byte of the keys, so that a word no key starts
	// like (most words asked) is answered with one test, not a compare per
	// key
	first [4]uint64
}

const smallMax = 8

// newSmallIndex indexes m when it has at most smallMax keys.
func newSmallIndex[V any](m map[string]V) smallIndex[V] {
	if len(m) > smallMax {
		return smallIndex[V]{}
	}
	x := smallIndex[V]{ok: true}
	for _, k := range slices.Sorted(maps.Keys(m)) { // one layout whatever the map's order
		x.keys, x.vals = append(x.keys, k), append(x.vals, m[k])
		if k != "" {
			x.first[k[0]>>6] |= 1 << (k[0] & 63)
		}
	}
	return x
}

// may reports whether w can be a key of the map x indexes: false only for
// a word no key starts like (always true for a map x does not hold). It
// is inlined where get is not, for a caller asking at many tokens.
func (x *smallIndex[V]) may(w string) bool {
	return !x.ok || w == "" || x.first[w[0]>>6]&(1<<(w[0]&63)) != 0
}

// get is m[w] for the map m that x indexes (m itself when x does not hold
// it: a large map, or a lexicon built without the index).
func (x *smallIndex[V]) get(m map[string]V, w string) V {
	if !x.ok {
		return m[w]
	}
	if w != "" && x.first[w[0]>>6]&(1<<(w[0]&63)) == 0 {
		var zero V
		return zero // no key starts with w's first byte
	}
	for i, k := range x.keys {
		if sameString(k, w) {
			return x.vals[i]
		}
	}
	var zero V
	return zero
}

// tokenInfo is what the lexicon knows of token word w: one-byte tokens from
// a table (punctuation, digits, "a": no hashing), words that may be known
// from the word table, the rest (most names and content words) nothing.
func (lx *lexicon) tokenInfo(w string) wordInfo {
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		return lx.byteInfo[w[0]]
	}
	if h := strtab.Hash(w); lx.mayKnowHashed(h) {
		return lx.wordInfoHashed(w, h)
	}
	return wordInfo{}
}

// fillInfo sets info[i] to tokenInfo of token i, copying each record from
// the lexicon's tables into info. tokenInfo's record, returned by value,
// came back in registers that Go wrote to the stack field by field and read
// back whole on their way into info: a store-forwarding stall at every
// token (2.7 % of extraction, issue 11).
//
// cyb gets each token's cyber answer (see analyzer.cyb) where the lexicon
// knows the word (cls2Cyber), 0 (not yet asked) for the others.
//
// fillInfo returns the unions of the cls and cls2 classes of the article's
// words, so a pass that needs a rare class can tell it is absent at once.
func (lx *lexicon) fillInfo(info []wordInfo, cyb []int8, toks []token) (cls uint64, cls2 uint32) {
	info, cyb = info[:len(toks)], cyb[:len(toks)]
	for i := range toks {
		w, dst := toks[i].w, &info[i]
		cyb[i] = 0
		if len(w) == 1 && w[0] < utf8.RuneSelf {
			*dst = lx.byteInfo[w[0]]
			cls, cls2 = cls|dst.cls, cls2|dst.cls2
			continue
		}
		if h := strtab.Hash(w); lx.mayKnowHashed(h) {
			if lx.infoTab == nil {
				*dst = lx.info[w] // a lexicon too large for a table
				cls, cls2 = cls|dst.cls, cls2|dst.cls2
				continue
			}
			if p := lx.infoTab.PtrHashed(w, h); p != nil {
				*dst = *p
				cyb[i] = 1 + int8(p.cls2>>cls2Cyber&1)
				cls, cls2 = cls|p.cls, cls2|p.cls2
				continue
			}
		}
		*dst = wordInfo{}
	}
	return cls, cls2
}

// foldList folds suffixes and prefixes.
func foldList(list []string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		out = append(out, fold(strings.TrimSpace(s)))
	}
	return out
}

// hasSuffixIn reports whether w ends with one of sufs.
func hasSuffixIn(w string, sufs []string) bool {
	for _, s := range sufs {
		// the last byte inline first: most words end otherwise, where
		// HasSuffix called runtime.memequal for each suffix (issue 11)
		if n := len(s); n <= len(w) && (n == 0 || w[len(w)-1] == s[n-1] && w[len(w)-n:] == s) {
			return true
		}
	}
	return false
}

// hasPrefixIn reports whether w starts with one of pres.
func hasPrefixIn(w string, pres []string) bool {
	for _, p := range pres {
		// the first byte inline first (as hasSuffixIn)
		if n := len(p); n <= len(w) && (n == 0 || w[0] == p[0] && w[:n] == p) {
			return true
		}
	}
	return false
}

// has reports whether the single word w is in category c.
func (lx *lexicon) has(c cat, w string) bool { return lx.cats[w]&(1<<c) != 0 }

// wordInfo is the lexicon's knowledge of one word.
type wordInfo struct {
	cats uint32 // bit per category of the one-word phrases it is (nCats ≤ 32)
	cls2 uint32 // bit per word class of the second series (wordClass2): beside cats, the record stays 24 bytes
	cls  uint64 // bit per word class (classes.go) it belongs to
	// first numbers the phrases starting with it, lexicon.phraseIdx[first-1],
	// 0 for none: a number, not a pointer, so that a record holds no
	// pointer and the per-token table an article fills (analyzer.info) and
	// the lexicon's tables are neither write-barriered nor scanned by the
	// collector (issue 11)
	first int32
	id    int32 // the word's id in phrase.ids, 0 for a word of no phrase
}

// phraseIndex is the phrases starting with one word, longest first. A word
// that starts several ("the": a hundred, indexSecondFrom at least) also
// indexes them by their second word, so that matchAll tries only the ones
// the next token can continue (issue 11).
type phraseIndex struct {
	ps []phrase // values, not pointers: matchAll reads them at every word
	// next: indices in ps of the phrases by the id of their second word;
	// wild: the others (one word, or a gap second), always tried. Both
	// ascending; an empty next: try every phrase in order.
	next idLists
	wild []int32
}

// idLists maps word ids (≥ 0) to lists: open addressing over a table at
// most half full, -1 for an empty slot. matchAll asks it at nearly every
// token that starts a phrase, where a Go map's access cost four times the
// few instructions of a probe here.
type idLists struct {
	keys  []int32
	lists [][]int32
	shift uint32 // 32 - log2(len(keys))
}

func newIDLists(m map[int32][]int32) idLists {
	bits := uint32(1)
	for 1<<bits < 2*len(m) {
		bits++
	}
	t := idLists{keys: make([]int32, 1<<bits), lists: make([][]int32, 1<<bits), shift: 32 - bits}
	for i := range t.keys {
		t.keys[i] = -1
	}
	mask := uint32(len(t.keys) - 1)
	// in the order of the ids: the layout does not depend on map
	// iteration (two compiles of a lexicon are equal, lazylex_test)
	for _, id := range slices.Sorted(maps.Keys(m)) {
		l := m[id]
		p := t.slot(id)
		for t.keys[p] >= 0 {
			p = (p + 1) & mask
		}
		t.keys[p], t.lists[p] = id, l
	}
	return t
}

func (t *idLists) slot(id int32) uint32 { return uint32(id) * 0x9E3779B1 >> t.shift }

// get is the list of id, nil for none.
func (t *idLists) get(id int32) []int32 {
	mask := uint32(len(t.keys) - 1)
	for p := t.slot(id); ; p = (p + 1) & mask {
		switch t.keys[p] {
		case id:
			return t.lists[p]
		case -1:
			return nil
		}
	}
}

// indexSecondFrom is the number of phrases from which a first word's
// phrases are indexed by their second word. Three: one probe of idLists
// costs about what matchAll's test of two phrases does, and from three on
// the index wins (measured at 2, 3, 4, 8: 3 and 2 alike, −10 k
// instructions an article against 8; 1 is slower).
const indexSecondFrom = 3

func newPhraseIndex(ps []*phrase) *phraseIndex {
	x := &phraseIndex{ps: make([]phrase, len(ps))}
	for i, p := range ps {
		x.ps[i] = *p
	}
	if len(ps) < indexSecondFrom {
		return x
	}
	next := map[int32][]int32{}
	for i, p := range x.ps {
		if len(p.ids) < 2 || p.ids[1] < 0 {
			x.wild = append(x.wild, int32(i))
			continue
		}
		next[p.ids[1]] = append(next[p.ids[1]], int32(i))
	}
	x.next = newIDLists(next)
	return x
}

// match is a phrase found in a sentence: tokens [i, j).
type match struct {
	i, j int
	cat  cat
}

// matchAll finds the lexicon phrases in toks[lo:hi], longest first at each
// position; one match per (position, category).
func (lx *lexicon) matchAll(toks []token, info []wordInfo, lo, hi int, out []match) []match {
	for i := lo; i < hi; i++ {
		f := info[i].first
		if f == 0 {
			continue
		}
		x := &lx.phraseIdx[f-1]
		var seen uint32 // bit per category matched at i
		if x.next.keys == nil {
			for k := range x.ps {
				if p := &x.ps[k]; seen&(1<<p.cat) == 0 && p.mayMatch(info, i, hi) {
					if j, ok := p.matchFrom(info, i, hi); ok {
						seen |= 1 << p.cat
						out = append(out, match{i: i, j: p.verbEnd(i, j), cat: p.cat})
					}
				}
			}
			continue
		}
		// the phrases the next token can continue and the wild ones, in
		// their order: a phrase left out cannot match here
		var nx []int32
		if i+1 < hi {
			nx = x.next.get(info[i+1].id)
		}
		w := x.wild
		for len(w) > 0 || len(nx) > 0 {
			var k int32
			if len(nx) == 0 || len(w) > 0 && w[0] < nx[0] {
				k, w = w[0], w[1:]
			} else {
				k, nx = nx[0], nx[1:]
			}
			if p := &x.ps[k]; seen&(1<<p.cat) == 0 && p.mayMatch(info, i, hi) {
				if j, ok := p.matchFrom(info, i, hi); ok {
					seen |= 1 << p.cat
					out = append(out, match{i: i, j: p.verbEnd(i, j), cat: p.cat})
				}
			}
		}
	}
	return out
}

// verbEnd is where a match of p starting at i ends for the rules: an attack
// verb with a gap ("took * offline") ends before the gap, so its object
// follows it as for "hacked Italian bank websites" ("took Italian bank
// websites offline").
func (p *phrase) verbEnd(i, j int) int {
	if p.cat == catAttackVerb && p.gap {
		if g := slices.Index(p.words, "*"); g > 0 {
			return i + g
		}
	}
	return j
}

// matchFrom matches p at token i, whose word is p's first (the phrases
// matchAll tries at i start with it), and returns the end of the match.
// mayMatch is matchFrom's answer for most phrases tried, without the call:
// false when the phrase's second word is not the next token (issue 11).
func (p *phrase) mayMatch(info []wordInfo, i, hi int) bool {
	// a gap further on ("claimed responsibility for * attack") leaves the
	// second word to be the next token's all the same
	return len(p.ids) < 2 || p.ids[1] < 0 || i+1 < hi && info[i+1].id == p.ids[1]
}

func (p *phrase) matchFrom(info []wordInfo, i, hi int) (int, bool) {
	if p.gap {
		return matchAt(p.ids[1:], info, i+1, hi)
	}
	j := i + len(p.ids)
	if j > hi {
		return 0, false
	}
	for n, id := range p.ids[1:] {
		if info[i+1+n].id != id {
			return 0, false
		}
	}
	return j, true
}

// matchAt matches word ids at the tokens from i (info[t].id), gapID
// covering 0..maxGap tokens.
func matchAt(ids []int32, info []wordInfo, i, hi int) (int, bool) {
	if len(ids) == 0 {
		return i, true
	}
	if ids[0] < 0 {
		n := maxGap
		if ids[0] == longGapID {
			n = maxLongGap
		}
		for g := 0; g <= n && i+g <= hi; g++ {
			// the word after the gap asked here, before the call: most
			// places the gap could end at are not before it
			if len(ids) > 1 && ids[1] >= 0 && (i+g >= hi || info[i+g].id != ids[1]) {
				continue
			}
			if j, ok := matchAt(ids[1:], info, i+g, hi); ok {
				return j, true
			}
		}
		return 0, false
	}
	if i >= hi || info[i].id != ids[0] {
		return 0, false
	}
	return matchAt(ids[1:], info, i+1, hi)
}

// sharedAgency is a shared_agencies entry: a name's words and the states
// whose organ it may be.
type sharedAgency struct {
	words, owners []string
}
