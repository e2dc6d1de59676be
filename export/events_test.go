package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
	"github.com/claimwire/claimwire/sinks"
)

// eventRecords: Britain accuses China twice (an English and a French
// outlet) and China denies; NCSC accuses APT28 (tied to Russia) and an
// analyst accepted it; Iran denies with nothing to answer; an accusation of
// some hackers was rejected.
func eventRecords() []sinks.Record {
	uk := &claim.Entity{Text: "Britain", Name: "United Kingdom", Kind: claim.KindState, Country: "GB"}
	ncsc := &claim.Entity{Text: "NCSC", Name: "NCSC", Kind: claim.KindAgency, Country: "GB"}
	china := &claim.Entity{Text: "China", Name: "China", Kind: claim.KindState, Country: "CN"}
	iran := &claim.Entity{Text: "Iran", Name: "Iran", Kind: claim.KindState, Country: "IR"}
	apt28 := &claim.Entity{Text: "Fancy Bear", Name: "APT28", Kind: claim.KindGroup, Country: "RU", IDs: map[string]string{"mitre": "G0007"}}
	anon := &claim.Entity{Text: "hackers", Name: "hackers", Kind: claim.KindUnknown}

	a := mkClaim("https://news.example/cn-1", "Britain blamed China for a breach of its electoral register.", uk, china, "GB")
	a.Hedge = "likely"
	b := mkClaim("https://presse.example/cn-2", "Le Royaume-Uni accuse la Chine d'avoir piraté son registre électoral.", uk, china, "GB", "FR")
	b.Article.Lang, b.Article.Source, b.ClaimDate = "fr", "Presse Exemple", "2025-06-02"
	b.AttackPeriod = &claim.Period{Start: "2021-08", End: "2022-10"}
	d := mkClaim("https://news.example/cn-3", "China denied any involvement in the breach.", nil, china)
	d.Stance, d.ClaimDate = claim.StanceDenial, "2025-06-03"
	d.ID = claim.ComputeID(&d)
	g := mkClaim("https://news.example/apt28", "The NCSC said Fancy Bear attacked networks in Germany.", ncsc, apt28, "DE")
	ir := mkClaim("https://news.example/ir", "Iran rejected all accusations of hacking.", nil, iran)
	ir.Stance, ir.ClaimDate = claim.StanceDenial, "2024-01-10"
	ir.ID = claim.ComputeID(&ir)
	r := mkClaim("https://news.example/rej", "Some hackers hit Spain, reportedly.", nil, anon, "ES")
	return []sinks.Record{
		{Claim: a, Status: claim.StatusPending, StoredAt: t0},
		{Claim: b, Status: claim.StatusPending, StoredAt: t0.Add(time.Minute)},
		{Claim: d, Status: claim.StatusPending, StoredAt: t0.Add(2 * time.Minute)},
		{Claim: g, Status: claim.StatusAccepted, Reviewer: "alice", DecidedAt: t0.Add(time.Hour), StoredAt: t0.Add(3 * time.Minute)},
		{Claim: ir, Status: claim.StatusPending, StoredAt: t0.Add(4 * time.Minute)},
		{Claim: r, Status: claim.StatusRejected, Reviewer: "bob", DecidedAt: t0.Add(time.Hour), StoredAt: t0.Add(5 * time.Minute)},
	}
}

func collect(t *testing.T, src Source, f sinks.Filter) *EventSet {
	t.Helper()
	set, err := CollectEvents(context.Background(), src, f, events.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func eventByAccused(set *EventSet, key string, stance claim.Stance) *EventLine {
	for i := range set.Events {
		if e := &set.Events[i]; e.AccusedKey == key && e.Stance == stance {
			return e
		}
	}
	return nil
}

func TestCollectEventsRebuilt(t *testing.T) {
	t.Parallel()
	set := collect(t, sliceSource(eventRecords()), sinks.Filter{})
	if set.From != EventsRebuilt {
		t.Errorf("from = %q, want %q (a slice source holds no events)", set.From, EventsRebuilt)
	}
	if len(set.Events) != 4 {
		t.Fatalf("%d events, want 4 (China, APT28, Iran's denial, the rejected one)", len(set.Events))
	}
	for i := 1; i < len(set.Events); i++ {
		if set.Events[i-1].LastSeen < set.Events[i].LastSeen {
			t.Errorf("events not newest first: %s before %s", set.Events[i-1].LastSeen, set.Events[i].LastSeen)
		}
	}
	for _, tc := range []struct {
		key     string
		stance  claim.Stance
		review  EventReview
		claims  int
		denials int
	}{
		{"state:cn", claim.StanceAccusation, EventReview{Status: "unreviewed", Pending: 3}, 2, 1},
		{"mitre:g0007", claim.StanceAccusation, EventReview{Status: "accepted", Accepted: 1}, 1, 0},
		{"state:ir", claim.StanceDenial, EventReview{Status: "unreviewed", Pending: 1}, 1, 0},
		{"unknown::hackers", claim.StanceAccusation, EventReview{Status: "rejected", Rejected: 1}, 1, 0},
	} {
		t.Run(tc.key, func(t *testing.T) {
			e := eventByAccused(set, tc.key, tc.stance)
			if e == nil {
				keys := []string{}
				for _, e := range set.Events {
					keys = append(keys, e.AccusedKey)
				}
				t.Fatalf("no %s event among %v", tc.key, keys)
			}
			if e.Review != tc.review || len(e.Claims) != tc.claims || len(e.Denials) != tc.denials {
				t.Errorf("review %+v claims %d denials %d; want %+v %d %d", e.Review, len(e.Claims), len(e.Denials), tc.review, tc.claims, tc.denials)
			}
		})
	}

	// A filter keeps the events having a matching claim, denials included.
	for _, tc := range []struct {
		f    sinks.Filter
		want []string
	}{
		{sinks.Filter{Lang: "fr"}, []string{"state:cn"}},
		{sinks.Filter{Status: "accepted"}, []string{"mitre:g0007"}},
		{sinks.Filter{Q: "denied"}, []string{"state:cn"}},
	} {
		set := collect(t, filterSource(eventRecords()), tc.f)
		var got []string
		for _, e := range set.Events {
			got = append(got, e.AccusedKey)
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("filter %+v: events %v, want %v", tc.f, got, tc.want)
		}
	}
}

// filterSource applies the few filters the tests use, in memory.
type filterSource []sinks.Record

func (s filterSource) Each(ctx context.Context, f sinks.Filter, fn func(sinks.Record) error) error {
	for _, r := range s {
		c := r.Effective()
		if (f.Lang != "" && c.Article.Lang != f.Lang) || (f.Status != "" && r.Status != f.Status) ||
			(f.Q != "" && !strings.Contains(c.Evidence.Sentence, f.Q)) {
			continue
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

func TestEventsSTIX(t *testing.T) {
	t.Parallel()
	v := optionalValidators(t)
	set := collect(t, sliceSource(eventRecords()), sinks.Filter{})
	var buf bytes.Buffer
	if err := WriteEventsSTIX(&buf, set); err != nil {
		t.Fatal(err)
	}
	objs := v.validateBundle(t, buf.Bytes())
	byType := map[string][]map[string]any{}
	for _, o := range objs {
		byType[o["type"].(string)] = append(byType[o["type"].(string)], o)
	}
	find := func(typ, name string) map[string]any {
		for _, o := range byType[typ] {
			if o["name"] == name {
				return o
			}
		}
		t.Fatalf("no %s named %q", typ, name)
		return nil
	}
	china, apt28, russia := find("threat-actor", "China"), find("intrusion-set", "APT28"), find("threat-actor", "Russia")
	uk, ncsc := find("identity", "United Kingdom"), find("identity", "NCSC")
	cnEvent, aptEvent := eventByAccused(set, "state:cn", claim.StanceAccusation), eventByAccused(set, "mitre:g0007", claim.StanceAccusation)

	if n := len(byType["campaign"]); n != 2 {
		t.Fatalf("%d campaigns, want 2 (the rejected event and the denial event have none)", n)
	}
	camp := objs[StixID("campaign", cnEvent.ID)]
	if camp == nil {
		t.Fatal("campaign id is not the UUIDv5 of the event id")
	}
	if camp["first_seen"] != "2025-05-30T00:00:00.000Z" || camp["last_seen"] != "2025-06-02T00:00:00.000Z" {
		t.Errorf("campaign span %v – %v", camp["first_seen"], camp["last_seen"])
	}
	if d := camp["description"].(string); !strings.Contains(d, "2 independent source(s)") || !strings.Contains(d, "en:1;fr:1") {
		t.Errorf("campaign description %q", d)
	}

	// One attributed-to per accusation event, from its campaign to the
	// accused, asserted by the accuser, with the articles as references.
	var accusations []map[string]any
	for _, o := range byType["relationship"] {
		if o["relationship_type"] == "attributed-to" && strings.HasPrefix(o["source_ref"].(string), "campaign--") {
			accusations = append(accusations, o)
		}
	}
	if len(accusations) != 2 {
		t.Fatalf("%d campaign attributed-to relationships, want 2", len(accusations))
	}
	for _, want := range []struct {
		event            *EventLine
		target, by, urls string
		conf             string
	}{
		{cnEvent, china["id"].(string), uk["id"].(string), "https://news.example/cn-1 https://presse.example/cn-2", "85"},
		{aptEvent, apt28["id"].(string), ncsc["id"].(string), "https://news.example/apt28", "85"},
	} {
		var rel map[string]any
		for _, o := range accusations {
			if o["source_ref"] == StixID("campaign", want.event.ID) {
				rel = o
			}
		}
		if rel == nil {
			t.Fatalf("no attributed-to from the campaign of %s", want.event.AccusedKey)
		}
		var urls []string
		for _, r := range rel["external_references"].([]any) {
			urls = append(urls, r.(map[string]any)["url"].(string))
		}
		if rel["target_ref"] != want.target || rel["created_by_ref"] != want.by || strings.Join(urls, " ") != want.urls || fmt.Sprint(rel["confidence"]) != want.conf {
			t.Errorf("%s: relationship %v", want.event.AccusedKey, rel)
		}
	}
	// The group stays tied to its state.
	tied := false
	for _, o := range byType["relationship"] {
		tied = tied || (o["relationship_type"] == "attributed-to" && o["source_ref"] == apt28["id"] && o["target_ref"] == russia["id"])
	}
	if !tied {
		t.Error("APT28 attributed-to Russia missing")
	}
	// Victims are targeted by the campaign.
	targets := map[string]bool{}
	for _, o := range byType["relationship"] {
		if o["relationship_type"] == "targets" && o["source_ref"] == camp["id"] {
			targets[objs[o["target_ref"].(string)]["country"].(string)] = true
		}
	}
	if !targets["GB"] || !targets["FR"] || len(targets) != 2 {
		t.Errorf("China campaign targets %v, want GB and FR", targets)
	}

	// China's denial: an opinion on the accusation.
	if len(byType["opinion"]) != 1 {
		t.Fatalf("%d opinions, want 1", len(byType["opinion"]))
	}
	op := byType["opinion"][0]
	relCN := StixID("relationship", "attributed-to\x00"+camp["id"].(string)+"\x00"+china["id"].(string)+"\x00"+cnEvent.ID)
	if op["opinion"] != "strongly-disagree" || op["id"] != StixID("opinion", cnEvent.Denials[0]) ||
		!containsAny(op["object_refs"], relCN) || op["authors"].([]any)[0] != "China" ||
		!strings.Contains(op["explanation"].(string), "denied any involvement") {
		t.Errorf("opinion %v", op)
	}
	// Iran's denial answers nothing: a note on Iran.
	if len(byType["note"]) != 1 || !containsAny(byType["note"][0]["object_refs"], find("threat-actor", "Iran")["id"].(string)) {
		t.Errorf("notes %v", byType["note"])
	}
	// The rejected event is left out.
	for _, o := range byType["threat-actor"] {
		if o["name"] == "hackers" {
			t.Error("rejected event exported")
		}
	}

	// Stable: the same claims in another order give the same bytes.
	recs := eventRecords()
	for i, j := 0, len(recs)-1; i < j; i, j = i+1, j-1 {
		recs[i], recs[j] = recs[j], recs[i]
	}
	var again bytes.Buffer
	if err := WriteEventsSTIX(&again, collect(t, sliceSource(recs), sinks.Filter{})); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("re-export in another order differs")
	}
	checkGolden(t, "events_bundle.golden.json", buf.Bytes())
}

func containsAny(list any, id string) bool {
	l, _ := list.([]any)
	for _, x := range l {
		if x == id {
			return true
		}
	}
	return false
}

func TestEventsCSVAndJSONL(t *testing.T) {
	t.Parallel()
	set := collect(t, sliceSource(eventRecords()), sinks.Filter{})
	var buf bytes.Buffer
	if err := WriteEvents(&buf, FormatCSV, set); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || strings.Join(rows[0], ",") != strings.Join(EventCSVColumns, ",") {
		t.Fatalf("rows=%d header=%v", len(rows), rows[0])
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	var cn []string
	for _, r := range rows[1:] {
		if r[col["accused_key"]] == "state:cn" {
			cn = r
		}
	}
	if cn == nil {
		t.Fatal("no China row")
	}
	for k, want := range map[string]string{
		"status": "unreviewed", "pending": "3", "accuser_name": "United Kingdom", "accused_country": "CN", "stance": "accusation",
		"first_seen": "2025-05-30", "last_seen": "2025-06-02", "claims": "2", "denials": "1", "sources": "2",
		"victims": "GB:2;FR:1", "languages": "en:1;fr:1", "periods": "2021-08..2022-10:1", "hedges": "likely:1",
		"revision": "3",
	} {
		if cn[col[k]] != want {
			t.Errorf("%s = %q, want %q", k, cn[col[k]], want)
		}
	}

	buf.Reset()
	if err := WriteEvents(&buf, FormatJSONL, set); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != len(set.Events) {
		t.Fatalf("%d lines for %d events", len(lines), len(set.Events))
	}
	for i, l := range lines {
		var e events.Event
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatal(err)
		}
		if err := e.Validate(); err != nil {
			t.Errorf("line %d is not a valid event/v1: %v", i, err)
		}
		var el EventLine
		if err := json.Unmarshal([]byte(l), &el); err != nil || el.Review.Status == "" {
			t.Errorf("line %d: review %+v, %v", i, el.Review, err)
		}
	}
}

// TestEventsFromStore: a store without events gets them rebuilt; once the
// store holds events (as the sinks' event stage writes them) they are read,
// and the export is the same.
func TestEventsFromStore(t *testing.T) {
	t.Parallel()
	v := optionalValidators(t)
	ctx := context.Background()
	st, err := sinks.OpenStore(ctx, "sqlite:"+filepath.Join(t.TempDir(), "c.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	recs := eventRecords()
	var cs []claim.Claim
	for _, r := range recs {
		cs = append(cs, r.Claim)
	}
	if err := sinks.SeedStore(ctx, st, cs, nil, func(i int) time.Time { return recs[i].StoredAt }); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveDecision(ctx, claim.Decision{ClaimID: recs[5].Claim.ID, Action: claim.ActionReject, Reason: "no", Reviewer: "bob", At: t0}); err != nil {
		t.Fatal(err)
	}
	export := func() (*EventSet, []byte) {
		set := collect(t, st, sinks.Filter{})
		var buf bytes.Buffer
		if err := WriteEventsSTIX(&buf, set); err != nil {
			t.Fatal(err)
		}
		return set, buf.Bytes()
	}
	rebuilt, b1 := export()
	if rebuilt.From != EventsRebuilt || len(rebuilt.Events) != 4 {
		t.Fatalf("from %s, %d events", rebuilt.From, len(rebuilt.Events))
	}
	v.validateBundle(t, b1)
	if e := eventByAccused(rebuilt, "unknown::hackers", claim.StanceAccusation); e == nil || e.Review.Status != claim.StatusRejected {
		t.Errorf("rejection did not roll up: %+v", e)
	}

	if err := st.(sinks.EventWriter).WriteEvents(ctx, events.Build(events.Config{Window: events.DefaultWindow}, cs), nil); err != nil {
		t.Fatal(err)
	}
	stored, b2 := export()
	if stored.From != EventsStored {
		t.Errorf("from %s, want %s", stored.From, EventsStored)
	}
	if !bytes.Equal(b1, b2) {
		t.Error("stored events export differently from rebuilt ones")
	}
}
