package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const galaxyDir = "../../../../shared/data/misp-galaxy"

// TestGalaxyTableUpToDate: running the generator on ../shared gives the
// committed table byte for byte (run `go generate ./normalizer` after
// changing the generator, the stop list or the curated table).
func TestGalaxyTableUpToDate(t *testing.T) {
	if _, err := os.Stat(filepath.Join(galaxyDir, "threat-actor.json")); err != nil {
		t.Skipf("MISP galaxy not available (%v): the committed table is not re-derived", err)
	}
	var buf bytes.Buffer
	if err := Generate(&buf, Inputs{Galaxy: galaxyDir, Curated: "../../data/groups.tsv", StopList: "stoplist.txt"}); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../data/galaxy-groups.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		got := strings.Split(buf.String(), "\n")
		old := strings.Split(string(want), "\n")
		for i := 0; i < len(got) || i < len(old); i++ {
			var g, o string
			if i < len(got) {
				g = got[i]
			}
			if i < len(old) {
				o = old[i]
			}
			if g != o {
				t.Fatalf("data/galaxy-groups.tsv is stale: run go generate ./normalizer\nline %d now:  %q\ncommitted:    %q", i+1, g, o)
			}
		}
	}
}

func TestAccept(t *testing.T) {
	stop := map[string]bool{fold("Snake"): true, fold("Evil Eye"): true}
	tests := []struct {
		name, want string // want "" = rejected
	}{
		{"Fancy Bear", "=Fancy Bear"},
		{"Gaza cybergang", "^Gaza cybergang"},
		{"Turla", "^Turla"},
		{"NOBELIUM", "=NOBELIUM"},
		{"APT28", "APT28"},
		{"TA505", "TA505"},
		{"TA5", "TA5"},           // 3 characters with a digit
		{"Sun", ""},              // too short
		{"Snake", ""},            // stop list
		{"snake", ""},            // no capital, no digit
		{"evil-eye", ""},         // stop list, folded
		{"Evil Eye", ""},         // stop list
		{"menuPass", ""},         // lower-case first letter
		{"Operation Aurora", ""}, // campaign
		{"Group 3", ""},          // generic label
		{"G0007", ""},            // bare ATT&CK id
		{"APT-C-38 (QiAnXin)", ""},
		{"Vault 7/8", ""},
		{"Storm-0558", "Storm-0558"},
		{"Lotus Blossom", "=Lotus Blossom"},
		{"Lotus BLossom", "=Lotus BLossom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := accept(tt.name, stop)
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("accept(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

// TestGenerateSmall runs the generator on a small galaxy written here:
// merging by shared names, weather names joining their actor, sponsors
// mapped to ISO codes, curated names taking over, shared synonyms kept on
// both actors (the normalizer reports them with candidates).
func TestGenerateSmall(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("SOURCE", "test galaxy\n")
	write("threat-actor.json", `{"values":[
 {"value":"Frost Mole","uuid":"u1","meta":{"synonyms":["FROSTMOLE","Ice Cell","G9001","Snake"],"cfr-suspected-state-sponsor":"Russian Federation"}},
 {"value":"Ice Cell","uuid":"u2","meta":{"synonyms":["Cold Crew"],"country":"BY"}},
 {"value":"Vole Gang","uuid":"u3","description":"A financially motivated ransomware crew.","meta":{"country":"RU","synonyms":["Shared Name"]}},
 {"value":"Other Vole","uuid":"u4","meta":{"synonyms":["Shared Name","Fancy Bear"],"country":"KP"}}
]}`)
	write("microsoft-activity-group.json", `{"values":[
 {"value":"Permafrost Blizzard","uuid":"m1","meta":{"country":"RU","synonyms":["FROSTMOLE"]},"related":[{"dest-uuid":"u1","type":"similar"}]},
 {"value":"Quartz Sleet","uuid":"m2","meta":{"country":"KP","synonyms":["Quartz Team"]}}
]}`)
	write("mitre-intrusion-set.json", `{"values":[{"value":"Cold Crew - G9002","meta":{"external_id":"G9002","synonyms":["Cold Crew"]}}]}`)
	write("groups.tsv", "group\tAPT28\tRU\tmitre=G0007\t=APT28|Fancy Bear\n")
	write("stop.txt", "Snake\n")
	var buf bytes.Buffer
	if err := Generate(&buf, Inputs{Galaxy: dir, Curated: filepath.Join(dir, "groups.tsv"), StopList: filepath.Join(dir, "stop.txt")}); err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, l := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(l, "group\t") {
			rows = append(rows, l)
		}
	}
	want := []string{
		// "Other Vole" says it is Fancy Bear: the curated APT28 takes it
		"group\tAPT28\tKP\t-\t=Other Vole|=Shared Name|=Fancy Bear",
		// "Ice Cell" is an entry of its own: not Frost Mole's synonym;
		// the weather name joins the actor it is similar to
		"group\tFrost Mole\tRU\tmitre=G9001\t=Frost Mole|=FROSTMOLE|=Permafrost Blizzard",
		"group\tIce Cell\tBY\tmitre=G9002\t=Ice Cell|=Cold Crew",
		"group\tQuartz Sleet\tKP\t-\t=Quartz Sleet|=Quartz Team",
		// a ransomware crew's country is its origin, not a sponsor
		"group\tVole Gang\t-\t-\t=Vole Gang|=Shared Name",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(buf.String(), "#   test galaxy") {
		t.Errorf("the SOURCE note is not credited:\n%s", buf.String())
	}
	// an unknown sponsor name stops the generator
	write("threat-actor.json", `{"values":[{"value":"Odd One","uuid":"u9","meta":{"cfr-suspected-state-sponsor":"Atlantis"}}]}`)
	if err := Generate(&buf, Inputs{Galaxy: dir, Curated: filepath.Join(dir, "groups.tsv"), StopList: filepath.Join(dir, "stop.txt")}); err == nil || !strings.Contains(err.Error(), `"Atlantis"`) {
		t.Errorf("unknown sponsor: %v", err)
	}
}
