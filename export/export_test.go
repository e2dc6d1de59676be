package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"

	"github.com/claimwire/claimwire/internal/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden files")

// sliceSource is a Source over records in memory.
type sliceSource []sinks.Record

func (s sliceSource) Each(ctx context.Context, f sinks.Filter, fn func(sinks.Record) error) error {
	for _, r := range s {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

var t0 = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

func mkClaim(url, sentence string, accuser, accused *claim.Entity, victims ...string) claim.Claim {
	c := claim.Claim{
		Schema:     claim.SchemaClaim,
		Article:    claim.ArticleRef{URL: url, Title: "Title of " + url, Lang: "en", Published: "2025-05-30", Source: "Example News"},
		Accuser:    accuser,
		Accused:    accused,
		Victims:    []claim.Entity{},
		ClaimDate:  "2025-05-30",
		Stance:     claim.StanceAccusation,
		Evidence:   claim.Evidence{Sentence: sentence, Start: 0, End: len(sentence)},
		Confidence: 0.85,
		Extractor:  "test/1",
	}
	for _, v := range victims {
		c.Victims = append(c.Victims, claim.Entity{Text: v, Name: v, Kind: claim.KindState, Country: v})
	}
	c.ID = claim.ComputeID(&c)
	return c
}

// testRecords covers every mapping branch: group tied to a state with a
// MITRE id, state, agency, unknown actor, denial, rejected, edited.
func testRecords() []sinks.Record {
	ncsc := &claim.Entity{Text: "NCSC", Name: "NCSC", Kind: claim.KindAgency, Country: "GB"}
	uk := &claim.Entity{Text: "Britain", Name: "United Kingdom", Kind: claim.KindState, Country: "GB"}
	mandiant := &claim.Entity{Text: "Mandiant", Name: "Mandiant", Kind: claim.KindCompany}
	apt28 := &claim.Entity{Text: "Fancy Bear", Name: "APT28", Kind: claim.KindGroup, Country: "RU", IDs: map[string]string{"mitre": "G0007"}}
	china := &claim.Entity{Text: "China", Name: "China", Kind: claim.KindState, Country: "CN"}
	gru := &claim.Entity{Text: "the GRU", Name: "GRU", Kind: claim.KindAgency, Country: "RU"}
	anon := &claim.Entity{Text: "hackers", Name: "hackers", Kind: claim.KindUnknown}

	a := mkClaim("https://news.example/apt28", "The NCSC said Fancy Bear attacked networks in Germany and Austria.", ncsc, apt28, "DE", "AT")
	a.AttackPeriod = &claim.Period{Start: "2024-03", End: "2024-05"}
	a.Hedge = "likely"
	b := mkClaim("https://news.example/apt28", "Britain blamed China for a breach of its electoral register.", uk, china, "GB")
	c := mkClaim("https://news.example/gru", "Mandiant tied the GRU to attacks on Ukrainian power grids.", mandiant, gru, "UA")
	d := mkClaim("https://news.example/gru", "China denied any involvement.", nil, china)
	d.Stance = claim.StanceDenial
	e := mkClaim("https://news.example/rej", "Some hackers hit France, reportedly.", nil, anon, "FR")
	f := mkClaim("https://news.example/edit", "Officials =cmd|' /C calc'!A0 said hackers struck the US.", nil, anon, "US")
	fe := f
	fe.Accused = &claim.Entity{Text: "APT40", Name: "APT40", Kind: claim.KindGroup, Country: "CN"}

	return []sinks.Record{
		{Claim: a, Status: claim.StatusPending, StoredAt: t0},
		{Claim: b, Status: claim.StatusAccepted, Reviewer: "alice", DecidedAt: t0.Add(time.Hour), StoredAt: t0.Add(time.Minute)},
		{Claim: c, Status: claim.StatusPending, StoredAt: t0.Add(2 * time.Minute)},
		{Claim: d, Status: claim.StatusPending, StoredAt: t0.Add(3 * time.Minute)},
		{Claim: e, Status: claim.StatusRejected, Reviewer: "bob", DecidedAt: t0.Add(time.Hour), StoredAt: t0.Add(4 * time.Minute)},
		{Claim: f, Edited: &fe, Status: claim.StatusEdited, Reviewer: "alice", DecidedAt: t0.Add(2 * time.Hour), StoredAt: t0.Add(5 * time.Minute)},
	}
}

// schemaDir finds ../shared/stix2-json-schemas relative to the module root.
func schemaDir(t *testing.T) string {
	t.Helper()
	sd, ok := findSchemaDir(t)
	if !ok {
		t.Skipf("STIX 2.1 JSON schemas not found at %s (../shared/stix2-json-schemas beside the repo): schema validation skipped", sd)
	}
	return sd
}

// findSchemaDir returns where the schemas should be and whether they are.
func findSchemaDir(t *testing.T) (string, bool) {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("module root (go.mod) not found")
		}
		dir = parent
	}
	sd := filepath.Join(dir, "..", "shared", "stix2-json-schemas")
	_, err = os.Stat(filepath.Join(sd, "common", "bundle.json"))
	return sd, err == nil
}

const stixSchemaBase = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/"

// localLoader serves the official schemas from disk under their $id URLs
// and refuses every other URL, so validation never touches the network.
// The observables folder is not part of the local copy; the bundle schema
// only names it in one branch of an anyOf, and we answer with the schema
// `false` (matches nothing), which makes the check stricter, not looser.
type localLoader struct{ dir string }

func (l localLoader) Load(u string) (any, error) {
	rel, ok := strings.CutPrefix(u, stixSchemaBase)
	if !ok {
		return nil, fmt.Errorf("refusing to fetch %s: only local STIX schemas are loaded", u)
	}
	if strings.HasPrefix(rel, "observables/") {
		return false, nil
	}
	f, err := os.Open(filepath.Join(l.dir, filepath.FromSlash(rel)))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil || rel != "common/bundle.json" {
		return doc, err
	}
	return patchBundleSchema(doc)
}

// patchBundleSchema adds the location SDO to the bundle schema's list of
// SDOs. The official bundle.json omits location (and grouping, incident,
// note, opinion), so a location falls into its "custom object" branch,
// where it matches both core.json and cyber-observable-core.json and the
// oneOf fails: every bundle holding a location, valid by the spec (§4.6),
// would be rejected. Only that list is changed; each location object is
// also validated on its own against sdos/location.json.
func patchBundleSchema(doc any) (any, error) {
	bad := fmt.Errorf("bundle.json: unexpected shape, cannot add location")
	m, ok := doc.(map[string]any)
	if !ok {
		return nil, bad
	}
	props, _ := m["properties"].(map[string]any)
	objects, _ := props["objects"].(map[string]any)
	items, _ := objects["items"].(map[string]any)
	anyOf, _ := items["anyOf"].([]any)
	if len(anyOf) == 0 {
		return nil, bad
	}
	first, _ := anyOf[0].(map[string]any)
	oneOf, _ := first["oneOf"].([]any)
	if oneOf == nil {
		return nil, bad
	}
	// opinion and note (event exports) are missing from the list for the
	// same reason and are added the same way.
	first["oneOf"] = append(oneOf, map[string]any{"$ref": "../sdos/location.json"},
		map[string]any{"$ref": "../sdos/opinion.json"}, map[string]any{"$ref": "../sdos/note.json"})
	return doc, nil
}

type validators struct {
	byType map[string]*jsonschema.Schema
	bundle *jsonschema.Schema
}

// optionalValidators is loadValidators where the schemas are present, else
// nil (validateBundle then checks only references): event tests assert
// their mapping either way.
func optionalValidators(t *testing.T) (v *validators) {
	t.Helper()
	if sd, ok := findSchemaDir(t); !ok {
		t.Logf("STIX 2.1 JSON schemas not found at %s: schema validation skipped, references still checked", sd)
		return nil
	}
	return loadValidators(t)
}

func loadValidators(t *testing.T) *validators {
	dir := schemaDir(t)
	c := jsonschema.NewCompiler()
	c.UseLoader(localLoader{dir})
	v := &validators{byType: map[string]*jsonschema.Schema{}}
	for typ, rel := range map[string]string{
		"identity": "sdos/identity.json", "location": "sdos/location.json", "threat-actor": "sdos/threat-actor.json",
		"intrusion-set": "sdos/intrusion-set.json", "report": "sdos/report.json", "relationship": "sros/relationship.json",
		"campaign": "sdos/campaign.json", "opinion": "sdos/opinion.json", "note": "sdos/note.json",
	} {
		s, err := c.Compile(stixSchemaBase + rel)
		if err != nil {
			t.Fatalf("compile %s: %v", rel, err)
		}
		v.byType[typ] = s
	}
	s, err := c.Compile(stixSchemaBase + "common/bundle.json")
	if err != nil {
		t.Fatalf("compile bundle: %v", err)
	}
	v.bundle = s
	return v
}

// validateBundle checks data (one bundle JSON document) against the bundle
// schema and each object against the schema of its type, and checks that
// every *_ref points inside the bundle.
func (v *validators) validateBundle(t *testing.T, data []byte) map[string]map[string]any {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if v != nil {
		if err := v.bundle.Validate(inst); err != nil {
			t.Errorf("bundle invalid: %v", err)
		}
	}
	objs := map[string]map[string]any{}
	for _, o := range inst.(map[string]any)["objects"].([]any) {
		m := o.(map[string]any)
		typ := m["type"].(string)
		if v == nil { // no schemas: structure and references only
			objs[m["id"].(string)] = m
			continue
		}
		s, ok := v.byType[typ]
		if !ok {
			t.Errorf("unexpected object type %q", typ)
			continue
		}
		if err := s.Validate(o); err != nil {
			t.Errorf("%s %s invalid: %v", typ, m["id"], err)
		}
		if m["spec_version"] != "2.1" {
			t.Errorf("%s: spec_version %v", m["id"], m["spec_version"])
		}
		objs[m["id"].(string)] = m
	}
	for id, m := range objs {
		var refs []string
		for _, k := range []string{"source_ref", "target_ref", "created_by_ref"} {
			if s, ok := m[k].(string); ok {
				refs = append(refs, s)
			}
		}
		if l, ok := m["object_refs"].([]any); ok {
			for _, r := range l {
				refs = append(refs, r.(string))
			}
		}
		for _, r := range refs {
			if _, ok := objs[r]; !ok {
				t.Errorf("%s refers to %s, absent from the bundle", id, r)
			}
		}
	}
	return objs
}

func TestSTIXBundle(t *testing.T) {
	t.Parallel()
	v := loadValidators(t)
	var buf bytes.Buffer
	if err := WriteSTIX(context.Background(), &buf, sliceSource(testRecords()), sinks.Filter{}); err != nil {
		t.Fatal(err)
	}
	objs := v.validateBundle(t, buf.Bytes())

	find := func(typ, name string) map[string]any {
		for _, o := range objs {
			if o["type"] == typ && o["name"] == name {
				return o
			}
		}
		return nil
	}
	rels := func(typ, src, dst string) []map[string]any {
		var out []map[string]any
		for _, o := range objs {
			if o["type"] == "relationship" && o["relationship_type"] == typ && o["source_ref"] == src && o["target_ref"] == dst {
				out = append(out, o)
			}
		}
		return out
	}
	apt28 := find("intrusion-set", "APT28")
	russia := find("threat-actor", "Russia")
	germany := find("location", "Germany")
	ncsc := find("identity", "NCSC")
	if apt28 == nil || russia == nil || germany == nil || ncsc == nil {
		t.Fatalf("missing objects: apt28=%v russia=%v germany=%v ncsc=%v", apt28, russia, germany, ncsc)
	}
	if germany["country"] != "DE" {
		t.Errorf("location country = %v", germany["country"])
	}
	if ext := apt28["external_references"].([]any)[0].(map[string]any); ext["external_id"] != "G0007" || ext["source_name"] != "mitre-attack" {
		t.Errorf("mitre ref = %v", ext)
	}
	if al := apt28["aliases"].([]any); len(al) != 1 || al[0] != "Fancy Bear" {
		t.Errorf("aliases = %v", al)
	}
	if ncsc["identity_class"] != "organization" {
		t.Errorf("accuser identity_class = %v", ncsc["identity_class"])
	}
	at := rels("attributed-to", apt28["id"].(string), russia["id"].(string))
	tg := rels("targets", apt28["id"].(string), germany["id"].(string))
	if len(at) != 1 || len(tg) != 1 {
		t.Fatalf("attributed-to %d, targets %d; want 1, 1", len(at), len(tg))
	}
	if tg[0]["created_by_ref"] != ncsc["id"] || fmt.Sprint(tg[0]["confidence"]) != "85" ||
		tg[0]["start_time"] != "2024-03-01T00:00:00.000Z" || tg[0]["stop_time"] != "2024-06-01T00:00:00.000Z" {
		t.Errorf("targets relationship = %v", tg[0])
	}
	china := find("threat-actor", "China")
	if china == nil || china["threat_actor_types"].([]any)[0] != "nation-state" {
		t.Errorf("state actor = %v", china)
	}
	if len(rels("targets", china["id"].(string), find("location", "United Kingdom")["id"].(string))) != 1 {
		t.Error("China targets United Kingdom missing")
	}
	if find("threat-actor", "GRU") == nil || find("identity", "Mandiant") == nil {
		t.Error("agency actor or company accuser missing")
	}
	// The rejected claim contributes nothing; the edited one exports its correction.
	if find("location", "France") != nil {
		t.Error("rejected claim exported")
	}
	if apt40 := find("intrusion-set", "APT40"); apt40 == nil || len(rels("targets", apt40["id"].(string), find("location", "United States")["id"].(string))) != 1 {
		t.Error("edited claim not exported as corrected")
	}
	// The denial adds no targets but shows in its report.
	reports := 0
	for _, o := range objs {
		if o["type"] != "report" {
			continue
		}
		reports++
		ext := o["external_references"].([]any)[0].(map[string]any)
		if !strings.HasPrefix(ext["url"].(string), "https://news.example/") || o["published"] != "2025-05-30T00:00:00.000Z" {
			t.Errorf("report %v", o)
		}
		if ext["url"] == "https://news.example/gru" && !strings.Contains(o["description"].(string), "Denial: China denied") {
			t.Errorf("denial missing from report: %v", o["description"])
		}
	}
	if reports != 3 {
		t.Errorf("%d reports, want 3 (one per non-rejected article)", reports)
	}

	// Stable: same input in another order gives the same bytes.
	recs := testRecords()
	for i, j := 0, len(recs)-1; i < j; i, j = i+1, j-1 {
		recs[i], recs[j] = recs[j], recs[i]
	}
	var again bytes.Buffer
	if err := WriteSTIX(context.Background(), &again, sliceSource(recs), sinks.Filter{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("re-export in another order differs")
	}
	checkGolden(t, "bundle.golden.json", buf.Bytes())
}

func TestSTIXEmptyBundleValidates(t *testing.T) {
	t.Parallel()
	v := loadValidators(t)
	var buf bytes.Buffer
	if err := WriteSTIX(context.Background(), &buf, sliceSource(nil), sinks.Filter{}); err != nil {
		t.Fatal(err)
	}
	v.validateBundle(t, buf.Bytes())
}

func TestSTIXSchemaCatchesBadObject(t *testing.T) {
	t.Parallel()
	// The validator must be able to fail: a location without country,
	// region or coordinates, and a report without object_refs, are invalid.
	v := loadValidators(t)
	for typ, doc := range map[string]string{
		"location": `{"type":"location","spec_version":"2.1","id":"location--6ba7b810-9dad-11d1-80b4-00c04fd430c8","created":"2025-01-01T00:00:00.000Z","modified":"2025-01-01T00:00:00.000Z","name":"x"}`,
		"report":   `{"type":"report","spec_version":"2.1","id":"report--6ba7b810-9dad-11d1-80b4-00c04fd430c8","created":"2025-01-01T00:00:00.000Z","modified":"2025-01-01T00:00:00.000Z","name":"x","published":"2025-01-01T00:00:00Z"}`,
	} {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		if err := v.byType[typ].Validate(inst); err == nil {
			t.Errorf("invalid %s accepted", typ)
		}
	}
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got, *update)
}

func TestCSV(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := WriteCSV(context.Background(), &buf, sliceSource(testRecords()), sinks.Filter{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 7 || strings.Join(rows[0], ",") != strings.Join(CSVColumns, ",") {
		t.Fatalf("rows=%d header=%v", len(rows), rows[0])
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	r1 := rows[1]
	for k, want := range map[string]string{
		"victims": "DE;AT", "victim_names": "DE; AT", "accused_name": "APT28", "accused_text": "Fancy Bear",
		"accused_mitre": "G0007", "attack_start": "2024-03", "attack_end": "2024-05", "status": "pending",
		"confidence": "0.85", "accuser_country": "GB", "edited": "false",
	} {
		if r1[col[k]] != want {
			t.Errorf("row 1 %s = %q, want %q", k, r1[col[k]], want)
		}
	}
	r6 := rows[6]
	if r6[col["accused_name"]] != "APT40" || r6[col["edited"]] != "true" || r6[col["status"]] != "edited" {
		t.Errorf("edited row = %v", r6)
	}
	if rows[5][col["status"]] != "rejected" {
		t.Errorf("rejected claim missing from CSV")
	}
	if got := csvSafe("=cmd|' /C calc'!A0"); got != "'=cmd|' /C calc'!A0" {
		t.Errorf("csvSafe = %q", got)
	}
	for _, s := range []string{"-1", "+x", "@SUM(A1)", "\tx"} {
		if !strings.HasPrefix(csvSafe(s), "'") {
			t.Errorf("csvSafe(%q) not defused", s)
		}
	}
}

func TestJSONL(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := WriteJSONL(context.Background(), &buf, sliceSource(testRecords()), sinks.Filter{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 6 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, l := range lines {
		var c claim.Claim
		if err := json.Unmarshal([]byte(l), &c); err != nil {
			t.Fatal(err)
		}
		if err := c.Validate(); err != nil {
			t.Errorf("line %d is not a valid claim/v1: %v", i, err)
		}
		var ln Line
		if err := json.Unmarshal([]byte(l), &ln); err != nil {
			t.Fatal(err)
		}
		if i == 5 && (ln.Accused.Name != "APT40" || ln.Review.Original == nil || ln.Review.Original.Accused.Name != "hackers" || ln.Review.Status != "edited") {
			t.Errorf("edited line = %s", l)
		}
	}
}

func TestParseFormat(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]Format{"stix": FormatSTIX, "CSV": FormatCSV, "jsonl": FormatJSONL, "ndjson": FormatJSONL} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("xml"); !errors.Is(err, ErrFormat) {
		t.Errorf("xml: %v", err)
	}
}

// TestExportFromStore runs the exporters over a real SQLite store.
func TestExportFromStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, err := sinks.OpenStore(ctx, "sqlite:"+filepath.Join(t.TempDir(), "c.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	recs := testRecords()
	var cs []claim.Claim
	for _, r := range recs {
		cs = append(cs, r.Claim)
	}
	if err := sinks.SeedStore(ctx, st, cs, nil, func(i int) time.Time { return recs[i].StoredAt }); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveDecision(ctx, claim.Decision{ClaimID: recs[4].Claim.ID, Action: claim.ActionReject, Reason: "no", Reviewer: "bob", At: t0}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(ctx, &buf, FormatCSV, st, sinks.Filter{AccusedState: "RU"}); err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(&buf).ReadAll()
	if len(rows) != 3 { // header + APT28 + GRU
		t.Errorf("filtered CSV has %d rows, want 3", len(rows))
	}
	buf.Reset()
	if err := Write(ctx, &buf, FormatSTIX, st, sinks.Filter{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `"France"`) {
		t.Error("rejected claim in STIX export from store")
	}
}

// TestExportsEmitOnlyWebURLs: a javascript: article URL (in a store written
// before the sinks checked URLs) never reaches an export; a local file URL
// is kept only in the lossless JSONL.
func TestExportsEmitOnlyWebURLs(t *testing.T) {
	v := loadValidators(t)
	anon := &claim.Entity{Text: "hackers", Name: "hackers", Kind: claim.KindUnknown}
	china := &claim.Entity{Text: "China", Name: "China", Kind: claim.KindState, Country: "CN"}
	js := mkClaim("javascript:alert(document.cookie)", "Hackers from China hit France.", nil, china, "FR")
	js.Article.Title = ""
	local := mkClaim("file:///srv/archive/a.html", "Some hackers hit Spain.", nil, anon, "ES")
	local.Article.Title = "An archived page"
	web := mkClaim("https://news.example/ok", "China was blamed for an attack on Italy.", nil, china, "IT")
	recs := []sinks.Record{{Claim: js, Status: claim.StatusPending, StoredAt: t0},
		{Claim: local, Status: claim.StatusPending, StoredAt: t0}, {Claim: web, Status: claim.StatusPending, StoredAt: t0}}
	for _, f := range []Format{FormatSTIX, FormatCSV, FormatJSONL} {
		var buf bytes.Buffer
		if err := Write(context.Background(), &buf, f, sliceSource(recs), sinks.Filter{}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.Contains(strings.ToLower(out), "javascript") {
			t.Errorf("%s export carries the javascript: url", f)
		}
		if !strings.Contains(out, "https://news.example/ok") {
			t.Errorf("%s export lost the http url", f)
		}
		if hasFile := strings.Contains(out, "file:///srv"); hasFile != (f == FormatJSONL) {
			t.Errorf("%s export: file url present = %v", f, hasFile)
		}
		if f == FormatSTIX {
			v.validateBundle(t, buf.Bytes())
		}
	}
}
