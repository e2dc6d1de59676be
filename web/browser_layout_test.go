package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
)

// TestBrowserLayout checks in headless Chromium what an analyst sees: at
// 1366×768 at least 20 claim rows fit on the screen, actors carry kind
// badges and are highlighted inside the evidence (names with <, & and
// quotes included), a denial reads "X denies …" with its badge, the
// surrounding sentences appear on demand; at 390 px the accept / reject /
// edit actions stay reachable and nothing overflows sideways.
// Screenshots go to testout/web/.
func TestBrowserLayout(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t)
	// 30 more claims, a denial and a group whose name needs escaping.
	ncsc := &claim.Entity{Text: "NCSC", Name: "NCSC", Kind: claim.KindAgency, Country: "GB"}
	china := &claim.Entity{Text: "China", Name: "China", Kind: claim.KindState, Country: "CN"}
	odd := &claim.Entity{Text: `"<Tom & Jerry>"`, Name: `"<Tom & Jerry>"`, Kind: claim.KindGroup, Country: "RU", IDs: map[string]string{"mitre": "G0007"}}
	var extra []claim.Claim
	for i := 0; i < 30; i++ {
		extra = append(extra, mk(100+i, fmt.Sprintf("https://wire.example/more/%d", i), fmt.Sprintf("The NCSC blamed China for a long intrusion campaign against ministries, number %d, lasting several months.", i), ncsc, china, "en", "GB"))
	}
	denialText := "The NCSC said China ran the operation. China denies the accusation by the NCSC and calls it slander. Officials in London insisted."
	denial := mk(200, "https://wire.example/denial", "China denies the accusation by the NCSC and calls it slander.", ncsc, china, "en")
	denial.Stance = claim.StanceDenial
	denial.Evidence.Start = strings.Index(denialText, denial.Evidence.Sentence)
	denial.Evidence.End = denial.Evidence.Start + len(denial.Evidence.Sentence)
	denial.ID = claim.ComputeID(&denial)
	oddClaim := mk(201, "https://wire.example/odd", `The NCSC said the group "<Tom & Jerry>" hit Germany & France.`, ncsc, odd, "en", "DE")
	extra = append(extra, oddClaim, denial)
	arts := []claim.Article{{Schema: claim.SchemaArticle, URL: denial.Article.URL, Title: "Denial", Lang: "en", Text: denialText}}
	base := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	if err := sinks.SeedStore(context.Background(), f.store, extra, arts, func(i int) time.Time { return base.Add(time.Duration(i) * time.Minute) }); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Token: testToken}, f.store, testNorm(t), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	out := testOutDir(t)

	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			buf, err := chromedp.CaptureScreenshot()(ctx, tg) // the viewport, as the analyst sees it
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(out, name), buf, 0o644)
		})
	}
	step := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(js string) string {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		v, err := chromedp.Run(sctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("eval %s: %v", js, err)
		}
		return v
	}

	step("log in",
		chromedp.EmulateViewport(1366, 768),
		chromedp.Navigate(ts.URL+"/login?return=/claims"),
		chromedp.WaitVisible(css(`input[name=token]`)),
		chromedp.SendKeys(css(`input[name=token]`), testToken),
		chromedp.Submit(css(`form.login`)),
		chromedp.WaitVisible(css(`#claims`)),
		shot("dense-1366x768.png"),
	)
	// Rows wholly inside the 768 px viewport.
	visible := eval(`String(Array.from(document.querySelectorAll("#claims tr.row")).filter(r => { const b = r.getBoundingClientRect(); return b.top >= 0 && b.bottom <= window.innerHeight; }).length)`)
	if n := atoiDefault(visible, 0); n < 20 {
		t.Errorf("%s rows visible at 1366×768, want at least 20", visible)
	}
	t.Logf("rows visible at 1366×768: %s", visible)
	// Badges, the MITRE link, highlighting and escaping in the list.
	row := fmt.Sprintf(`document.querySelector('#claims tr[data-id="%s"]')`, oddClaim.ID)
	got := eval(`(r => [r.querySelector(".clm .k-group").textContent, r.querySelector("a.mitre").href, r.querySelector(".evidence .hl-accused").textContent, r.querySelector(".evidence .hl-accuser").textContent, String(r.querySelectorAll("script, img").length)].join("|"))(` + row + `)`)
	if got != `group|https://attack.mitre.org/groups/G0007/|"<Tom & Jerry>"|NCSC|0` {
		t.Errorf("odd row: %s", got)
	}
	drow := fmt.Sprintf(`document.querySelector('#claims tr[data-id="%s"]')`, denial.ID)
	if got := eval(`(r => r.querySelector(".badge.denial").textContent + "|" + r.querySelector(".clm").textContent.replace(/\s+/g, " ").trim())(` + drow + `)`); !strings.HasPrefix(got, "denial|denial China (CN)state denies") {
		t.Errorf("denial row: %q", got)
	}

	step("open the denial",
		chromedp.Navigate(ts.URL+"/claims/"+denial.ID),
		chromedp.WaitVisible(css(`#headline .badge.denial`)),
	)
	head := eval(`document.querySelector("#headline").textContent.replace(/\s+/g, " ").trim()`)
	if !strings.HasPrefix(head, "denial China (CN)state denies the accusation by NCSC") {
		t.Errorf("denial headline %q", head)
	}
	if got := eval(`document.querySelector("#ctx-prev").hidden + "|" + document.querySelector("#evidence .hl-accused").textContent`); got != "true|China" {
		t.Errorf("before the toggle: %s", got)
	}
	step("show the sentences around",
		chromedp.Click(css(`#context-toggle`)),
		chromedp.WaitVisible(css(`#ctx-prev`)),
		shot("claim-context-1366x768.png"),
	)
	if got := eval(`document.querySelector("#ctx-prev").textContent.trim() + "|" + document.querySelector("#ctx-next").textContent.trim()`); got != "The NCSC said China ran the operation.|Officials in London insisted." {
		t.Errorf("context: %q", got)
	}
	step("hide with the keyboard", chromedp.KeyEvent("c"))
	if got := eval(`String(document.querySelector("#ctx-next").hidden)`); got != "true" {
		t.Errorf("c did not hide the context")
	}

	// Phone: actions reachable on the list and on a claim, no sideways scroll.
	inView := func(sel string) string {
		return `(e => { if (!e) return "missing"; const b = e.getBoundingClientRect(); return (b.width > 0 && b.left >= 0 && b.right <= window.innerWidth && b.top >= 0 && b.bottom <= window.innerHeight) ? "ok" : "out " + JSON.stringify(b); })(document.querySelector("` + sel + `"))`
	}
	step("phone list",
		chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(ts.URL+"/claims"),
		chromedp.WaitVisible(css(`#claims`)),
		shot("dense-phone-390.png"),
	)
	if w := eval(`String(document.documentElement.scrollWidth)`); atoiDefault(w, 999) > 390 {
		t.Errorf("phone list is %s px wide", w)
	}
	// The filter selects wait behind a button, so the first rows show at once.
	if got := eval(`getComputedStyle(document.querySelector("select[name=state]")).display + "|" + String(document.querySelector("#claims tr.row").getBoundingClientRect().top < 200)`); got != "none|true" {
		t.Errorf("phone filters: %s", got)
	}
	step("open the phone filters", chromedp.Click(css(`#filters-toggle`)), chromedp.WaitVisible(css(`select[name=state]`)))
	for _, sel := range []string{`#claims tr.row:nth-child(3) td.act button.ok`, `#claims tr.row:nth-child(3) td.act button.bad`} {
		if got := eval(`document.querySelector("#claims tr.row:nth-child(3)").scrollIntoView({block: "center"}), ` + inView(sel)); got != "ok" {
			t.Errorf("phone list %s: %s", sel, got)
		}
	}
	step("phone claim",
		chromedp.Navigate(ts.URL+"/claims/"+denial.ID),
		chromedp.WaitVisible(css(`#evidence`)),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](`window.scrollTo(0, document.body.scrollHeight), true`)(ctx, tg)
			return err
		}),
		shot("claim-phone-390.png"),
	)
	if w := eval(`String(document.documentElement.scrollWidth)`); atoiDefault(w, 999) > 390 {
		t.Errorf("phone claim page is %s px wide", w)
	}
	for _, sel := range []string{"#accept", "#reject", "#reject-reason", "#edit-jump"} {
		if got := eval(inView(sel)); got != "ok" {
			t.Errorf("phone claim %s after scrolling down: %s", sel, got)
		}
	}
	// The phone accept works from the fixed bar.
	step("accept on the phone", chromedp.Click(css(`#accept`)), chromedp.WaitVisible(css(`#status.accepted`)))
	if r, err := f.store.Get(context.Background(), denial.ID); err != nil || r.Status != claim.StatusAccepted || r.Reviewer != "analyst" {
		t.Errorf("after phone accept: %+v %v", r, err)
	}
	step("overview range",
		chromedp.EmulateViewport(1366, 768),
		chromedp.Navigate(ts.URL+"/overview?from=2024-11&to=2025-06"),
		chromedp.WaitVisible(css(`#timeline`)),
		shot("overview-range-1366x768.png"),
	)
	if got := eval(`document.querySelector("#range-from").value + "|" + document.querySelector("#chart-desc").textContent`); !strings.HasPrefix(got, "2024-11|Claims per accused state per month, 2024-11 to 2025-06") {
		t.Errorf("overview range: %q", got)
	}
}
