package events

import (
	"encoding/json"
	"math/rand"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
)

const wire = "Britain's National Cyber Security Centre said on Thursday that the Russian military intelligence " +
	"unit known as APT28 ran a long campaign against logistics firms and government networks in several European " +
	"countries, stealing emails and documents over two years. The agency said the hackers used password spraying " +
	"and known router flaws to get in, and urged companies to patch their equipment and turn on multi-factor login."

func ent(name string, kind claim.Kind, cc string) *claim.Entity {
	return &claim.Entity{Text: name, Name: name, Kind: kind, Country: cc}
}

func mk(url, source, lang, text string, date claim.Date, accuser, accused *claim.Entity, stance claim.Stance, victims ...string) claim.Claim {
	c := claim.Claim{
		Schema:  claim.SchemaClaim,
		Article: claim.ArticleRef{URL: url, Source: source, Lang: lang, Published: date, Fingerprint: Fingerprint(text)},
		Accuser: accuser, Accused: accused, Stance: stance, ClaimDate: date, Victims: []claim.Entity{},
		Evidence: claim.Evidence{Sentence: "s", Start: 0, End: 1},
	}
	for _, v := range victims {
		c.Victims = append(c.Victims, *ent(v, claim.KindState, v))
	}
	c.ID = claim.ComputeID(&c)
	return c
}

var (
	gb    = ent("United Kingdom", claim.KindState, "GB")
	apt28 = &claim.Entity{Text: "APT28", Name: "APT28", Kind: claim.KindGroup, Country: "RU", IDs: map[string]string{"mitre": "G0007"}}
	ru    = ent("Russia", claim.KindState, "RU")
)

func cfg() Config { return Config{Window: DefaultWindow} }

// three outlets, one a wire copy of another, in two languages → one event,
// two independent sources, both languages, the copy listed.
func TestWireCopyCountsOnce(t *testing.T) {
	copyText := "LONDON (Wire) - " + strings.Replace(wire, "on Thursday", "on Thursday,", 1) + " Shares of logistics firms were flat."
	fr := "Le centre britannique de cybersécurité a imputé jeudi à APT28, une unité du renseignement militaire russe, " +
		"une vaste campagne d'espionnage contre des entreprises de logistique européennes depuis deux ans."
	cs := []claim.Claim{
		mk("https://wire.test/a", "Wire", "en", wire, "2025-05-22", gb, apt28, claim.StanceAccusation, "DE"),
		mk("https://paper.test/b", "Paper", "en", copyText, "2025-05-23", gb, apt28, claim.StanceAccusation, "DE", "FR"),
		mk("https://journal.test/c", "Journal", "fr", fr, "2025-05-22", gb, apt28, claim.StanceAccusation, "FR"),
	}
	if s := Similarity(cs[0].Article.Fingerprint, cs[1].Article.Fingerprint); s < CopyThreshold {
		t.Fatalf("wire copy similarity %.2f below threshold", s)
	}
	if s := Similarity(cs[0].Article.Fingerprint, cs[2].Article.Fingerprint); s >= CopyThreshold {
		t.Fatalf("independent article similarity %.2f above threshold", s)
	}
	evs := Build(cfg(), cs)
	if len(evs) != 1 {
		t.Fatalf("want 1 event, got %d", len(evs))
	}
	e := evs[0]
	if e.Sources != 2 {
		t.Errorf("sources %d, want 2", e.Sources)
	}
	if len(e.Outlets) != 3 || len(e.Articles) != 3 {
		t.Errorf("outlets %v articles %v", e.Outlets, e.Articles)
	}
	if got := []string{e.Languages[0].Key, e.Languages[1].Key}; len(e.Languages) != 2 || got[0] != "en" || got[1] != "fr" {
		t.Errorf("languages %+v", e.Languages)
	}
	if len(e.Copies) != 1 || len(e.Copies[0]) != 2 {
		t.Errorf("copies %v", e.Copies)
	}
	if e.FirstSeen != "2025-05-22" || e.LastSeen != "2025-05-23" || e.Revision != 3 {
		t.Errorf("first %s last %s revision %d", e.FirstSeen, e.LastSeen, e.Revision)
	}
	if e.Victims[0].Key != "state:DE" || e.Victims[0].N != 2 || e.Victims[1].Key != "state:FR" || e.Victims[1].N != 2 {
		t.Errorf("victims %+v", e.Victims)
	}
	if err := e.Validate(); err != nil {
		t.Error(err)
	}
}

func TestWindowSplitsAndDenialAttaches(t *testing.T) {
	us := ent("United States", claim.KindState, "US")
	cn := ent("China", claim.KindState, "CN")
	cs := []claim.Claim{
		mk("https://a.test/1", "A", "en", "one two three four five", "2024-03-01", us, cn, claim.StanceAccusation),
		mk("https://b.test/2", "B", "en", "six seven eight nine ten", "2024-03-20", us, cn, claim.StanceAccusation),
		// China denies: answered under the accusation (its accuser copied by the extractor, or none)
		mk("https://c.test/3", "C", "fr", "onze douze treize quatorze", "2024-03-22", nil, cn, claim.StanceDenial),
		// months later: another event
		mk("https://a.test/4", "A", "en", "a b c d e f", "2024-09-01", us, cn, claim.StanceAccusation),
		// a denial with nothing to answer stands alone
		mk("https://d.test/5", "D", "en", "g h i j k", "2023-01-01", nil, cn, claim.StanceDenial),
		// another accuser of the same actor: its own event
		mk("https://e.test/6", "E", "en", "l m n o p", "2024-03-05", gb, cn, claim.StanceAccusation),
	}
	evs := Build(cfg(), cs)
	if len(evs) != 4 {
		for _, e := range evs {
			t.Logf("%s %s %s %v %v", e.AccuserKey, e.Stance, e.FirstSeen, e.Claims, e.Denials)
		}
		t.Fatalf("want 4 events, got %d", len(evs))
	}
	var march *Event
	denialEvents := 0
	for i := range evs {
		e := &evs[i]
		if e.Stance == claim.StanceDenial {
			denialEvents++
		}
		if e.AccuserKey == "state:us" && e.FirstSeen == "2024-03-01" {
			march = e
		}
	}
	if march == nil || len(march.Claims) != 2 || len(march.Denials) != 1 || march.Denials[0] != cs[2].ID || march.Revision != 3 {
		t.Fatalf("march event %+v", march)
	}
	if denialEvents != 1 {
		t.Errorf("denial events %d, want 1", denialEvents)
	}
}

// Events and their ids do not depend on the order claims arrive in, and the
// incremental builder ends where the batch one does.
func TestOrderIndependence(t *testing.T) {
	us := ent("United States", claim.KindState, "US")
	var cs []claim.Claim
	for i, d := range []claim.Date{"2024-01-01", "2024-01-25", "2024-02-20", "2024-05-01", "2024-05-10", "2024-01-10"} {
		u := "https://x.test/" + string(rune('a'+i))
		cs = append(cs, mk(u, "X"+string(rune('a'+i)), "en", u+" text of the article here", d, us, apt28, claim.StanceAccusation))
	}
	cs = append(cs, mk("https://y.test/d", "Y", "en", "nope not us at all", "2024-05-03", nil, apt28, claim.StanceDenial))
	want := Build(cfg(), cs)
	if len(want) != 2 {
		t.Fatalf("want 2 events, got %d", len(want))
	}
	r := rand.New(rand.NewSource(1))
	for try := 0; try < 20; try++ {
		perm := append([]claim.Claim(nil), cs...)
		r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		if got := Build(cfg(), perm); !reflect.DeepEqual(got, want) {
			t.Fatalf("order %d changed the events", try)
		}
		b := NewBuilder(cfg())
		revs := map[string]int{}
		for _, c := range perm {
			changed, _ := b.Add(c)
			for _, e := range changed {
				if e.Revision <= revs[e.ID] {
					t.Fatalf("revision of %s went from %d to %d", e.ID, revs[e.ID], e.Revision)
				}
				revs[e.ID] = e.Revision
			}
		}
		if got := b.Events(); !reflect.DeepEqual(got, want) {
			gj, _ := json.Marshal(got)
			wj, _ := json.Marshal(want)
			t.Fatalf("incremental builder differs:\n%s\n%s", gj, wj)
		}
	}
}

func TestAddReportsChanges(t *testing.T) {
	us := ent("United States", claim.KindState, "US")
	b := NewBuilder(cfg())
	c1 := mk("https://x.test/1", "X", "en", "t1 a b c d", "2024-03-10", us, ru, claim.StanceAccusation)
	ch, ret := b.Add(c1)
	if len(ch) != 1 || ch[0].Revision != 1 || len(ret) != 0 {
		t.Fatalf("first add: %d changed %v retired", len(ch), ret)
	}
	old := ch[0].ID
	if ch, _ = b.Add(c1); len(ch) != 0 {
		t.Errorf("re-adding the same claim changed %d events", len(ch))
	}
	// an earlier claim in an earlier window bucket moves the event's id
	c0 := mk("https://x.test/0", "Y", "en", "t0 a b c d", "2024-02-15", us, ru, claim.StanceAccusation)
	ch, ret = b.Add(c0)
	if len(ch) != 1 || ch[0].Revision != 2 || ch[0].FirstSeen != "2024-02-15" {
		t.Fatalf("earlier add: %+v", ch)
	}
	if ch[0].ID == old || len(ret) != 1 || ret[0] != old {
		t.Errorf("an event whose first date moved to another bucket must retire its old id %s: new %s, retired %v", old, ch[0].ID, ret)
	}
	// a later claim in the window keeps the id
	c2 := mk("https://x.test/2", "Z", "en", "t2 a b c d", "2024-03-30", us, ru, claim.StanceAccusation)
	ch2, ret := b.Add(c2)
	if len(ch2) != 1 || ch2[0].ID != ch[0].ID || ch2[0].Revision != 3 || len(ret) != 0 {
		t.Errorf("later add: %+v retired %v", ch2, ret)
	}
}

func TestConfigValidate(t *testing.T) {
	for name, c := range map[string]Config{"zero window": {}, "short": {Window: time.Hour}, "threshold": {Window: DefaultWindow, CopyThreshold: 2}} {
		t.Run(name, func(t *testing.T) {
			if c.Validate() == nil {
				t.Error("want an error")
			}
		})
	}
	if err := cfg().Validate(); err != nil {
		t.Error(err)
	}
}

func TestFingerprint(t *testing.T) {
	if Fingerprint("too short") != "" {
		t.Error("short text got a fingerprint")
	}
	a := Fingerprint(wire)
	if len(a) != 8*SignatureSize || a != Fingerprint(wire) || Similarity(a, a) != 1 {
		t.Fatalf("fingerprint not deterministic or wrong size: %d", len(a))
	}
	if Similarity(a, "") != 0 || Similarity("", "") != 0 {
		t.Error("empty fingerprints must not match")
	}
}

func BenchmarkFingerprint3KB(b *testing.B) {
	text := strings.Repeat(wire+" ", 3000/len(wire)+1)[:3000]
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Fingerprint(text)
	}
}

// A builder seeded with Load reports only what a new claim changes.
func TestLoadThenAdd(t *testing.T) {
	us := ent("United States", claim.KindState, "US")
	var cs []claim.Claim
	for i, d := range []claim.Date{"2024-01-01", "2024-06-01", "2024-06-10"} {
		u := "https://x.test/" + string(rune('a'+i))
		cs = append(cs, mk(u, "X", "en", u+" some text here ok", d, us, ru, claim.StanceAccusation))
	}
	b := NewBuilder(cfg())
	b.Load(cs[:2])
	ch, ret := b.AddBatch(cs[2:])
	if len(ch) != 1 || ch[0].FirstSeen != "2024-06-01" || ch[0].Revision != 2 || len(ret) != 0 {
		t.Fatalf("after load, add changed %+v retired %v", ch, ret)
	}
	if got, want := b.Events(), Build(cfg(), cs); !reflect.DeepEqual(got, want) {
		t.Fatal("loaded builder differs from a batch build")
	}
}

// BenchmarkBuild100k: 100,000 claims against 20 actors by 50 accusers over
// three years (a batch build: demo, replay, seeding).
func BenchmarkBuild100k(b *testing.B) {
	cs := benchClaims(100000)
	for b.Loop() {
		Build(cfg(), cs)
	}
}

// BenchmarkAddBatchAt100k: one sink batch of 100 claims into a builder
// already holding 100,000.
func BenchmarkAddBatchAt100k(b *testing.B) {
	cs := benchClaims(100100)
	bl := NewBuilder(cfg())
	bl.Load(cs[:100000])
	bl.Events()
	for b.Loop() {
		bl.AddBatch(cs[100000:])
	}
}

func benchClaims(n int) []claim.Claim {
	r := rand.New(rand.NewSource(1))
	base := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	cs := make([]claim.Claim, n)
	for i := range cs {
		acc := ent("Accuser"+string(rune('A'+r.Intn(50))), claim.KindCompany, "")
		accd := ent("Group"+string(rune('A'+r.Intn(20))), claim.KindGroup, "CN")
		d := claim.DateOf(base.AddDate(0, 0, r.Intn(1095)))
		c := claim.Claim{Schema: claim.SchemaClaim, Article: claim.ArticleRef{URL: "https://x.test/" + strconv.Itoa(i), Source: "S" + strconv.Itoa(r.Intn(300)), Lang: "en"},
			Accuser: acc, Accused: accd, Stance: claim.StanceAccusation, ClaimDate: d}
		c.ID = claim.ComputeID(&c)
		cs[i] = c
	}
	return cs
}

// TestIncrementalMatchesBuild: a builder fed in random batches (after a
// random bulk Load, with claims re-sent under the same id with other
// fields) ends where Build over the same claims ends, and the changes and
// retirements it reported, applied in order, give the same events. The
// builder keeps each actor's claims sorted between batches, so this is
// what shows that insertion in place and re-chaining only the touched
// accusers lose nothing.
func TestIncrementalMatchesBuild(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	accusers := []*claim.Entity{gb, ent("Microsoft", claim.KindCompany, ""), ent("United States", claim.KindState, "US"), nil}
	accused := []*claim.Entity{apt28, ru, ent("China", claim.KindState, "CN")}
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	random := func(i int) claim.Claim {
		stance := claim.StanceAccusation
		if r.Intn(6) == 0 {
			stance = claim.StanceDenial
		}
		date := claim.DateOf(base.AddDate(0, 0, r.Intn(240)))
		if r.Intn(15) == 0 {
			date = "" // undated: chained apart
		}
		u := "https://x.test/" + strconv.Itoa(i)
		return mk(u, "S"+strconv.Itoa(r.Intn(6)), []string{"en", "fr"}[r.Intn(2)], u+" words of the article "+strconv.Itoa(r.Intn(3)),
			date, accusers[r.Intn(len(accusers))], accused[r.Intn(len(accused))], stance, []string{"DE", "FR", "US"}[r.Intn(3)])
	}
	for try := range 30 {
		t.Run(strconv.Itoa(try), func(t *testing.T) {
			var seq []claim.Claim
			for i := range 40 + r.Intn(80) {
				c := random(i)
				if len(seq) > 0 && r.Intn(8) == 0 {
					// re-extracted: same id, other fields (date, accuser, stance)
					id := seq[r.Intn(len(seq))].ID
					c.ID = id
				}
				seq = append(seq, c)
			}
			want := Build(cfg(), seq)

			b := NewBuilder(cfg())
			n := r.Intn(len(seq) / 2)
			b.Load(seq[:n])
			state := map[string]Event{}
			for _, e := range Build(cfg(), seq[:n]) {
				state[e.ID] = e
			}
			for rest := seq[n:]; len(rest) > 0; {
				k := min(len(rest), 1+r.Intn(12))
				changed, retired := b.AddBatch(rest[:k])
				rest = rest[k:]
				for _, id := range retired {
					delete(state, id)
				}
				for _, e := range changed {
					state[e.ID] = e
				}
			}
			if got := b.Events(); !reflect.DeepEqual(got, want) {
				gj, _ := json.Marshal(got)
				wj, _ := json.Marshal(want)
				t.Fatalf("incremental builder differs from Build:\n%s\n%s", gj, wj)
			}
			if len(state) != len(want) {
				t.Fatalf("reported changes leave %d events, want %d", len(state), len(want))
			}
			for _, e := range want {
				if !reflect.DeepEqual(state[e.ID], e) {
					t.Fatalf("reported changes give event %s as %+v, want %+v", e.ID, state[e.ID], e)
				}
			}
		})
	}
}
