package web

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nats-io/nats.go"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/pipeline"
)

const chromiumPath = "/usr/bin/chromium"

// testOutDir is testout/ at the module root (gitignored).
func testOutDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if filepath.Dir(dir) == dir {
			t.Fatal("module root not found")
		}
		dir = filepath.Dir(dir)
	}
	out := filepath.Join(dir, "testout", "web")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	return out
}

// browser starts headless Chromium with networking limited to loopback.
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("browser test skipped: %s not found (apt-get install chromium)", chromiumPath)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("metrics-recording-only", true),
		// Nothing but loopback resolves: a stray link cannot leave the machine.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"),
		chromedp.WindowSize(1366, 900),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	// The first call starts the browser, which lives as long as ctx; later
	// steps run under their own timeouts.
	if err := chromedp.Do(ctx); err != nil {
		t.Skipf("browser test skipped: chromium does not start: %v", err)
	}
	return ctx
}

// TestBrowserReviewFlow drives the page in headless Chromium: log in,
// filter the list, open a claim with the keyboard, correct a field with the
// picker, accept it; then checks the stored decisions and the messages
// published on an embedded NATS server, and saves screenshots at laptop and
// phone widths under testout/web/.
func TestBrowserReviewFlow(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t)

	emb, err := pipeline.StartEmbedded(context.Background(), pipeline.EmbeddedConfig{Port: -1, StoreDir: t.TempDir()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(emb.Shutdown)
	bus, err := pipeline.Connect(context.Background(), pipeline.Config{Embedded: emb}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(bus.Close)
	if err := bus.Setup(context.Background()); err != nil {
		t.Fatal(err)
	}
	nc, err := nats.Connect(emb.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	msgs := make(chan *nats.Msg, 16)
	if _, err := nc.ChanSubscribe("decisions.>", msgs); err != nil {
		t.Fatal(err)
	}
	nc.Flush()

	s, err := New(Config{Token: testToken, Reviewer: "grace"}, f.store, testNorm(t), bus, nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	out := testOutDir(t)
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			buf, err := chromedp.FullScreenshot(100)(ctx, tg)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(out, name), buf, 0o644)
		})
	}
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	step := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		v, err := chromedp.Run(sctx, chromedp.Text(css(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return strings.TrimSpace(v)
	}

	target := f.claims[9] // NCSC blames China, the newest China claim
	step("log in",
		chromedp.Navigate(ts.URL+"/login?return=/claims"),
		chromedp.WaitVisible(css(`input[name=token]`)),
		chromedp.SendKeys(css(`input[name=token]`), testToken),
		chromedp.Submit(css(`form.login`)),
		chromedp.WaitVisible(css(`#claims`)),
		shot("list-laptop.png"),
	)
	step("filter by accused state",
		// Choosing a value submits the form (app.js).
		chromedp.WaitVisible(css(`select[name=state]`)),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](`(s => { s.value = "CN"; return s.dispatchEvent(new Event("change")); })(document.querySelector("select[name=state]"))`)(ctx, tg)
			return err
		}),
		chromedp.WaitVisible(css(`a.button[href="/claims"]`)), // "Clear" appears once filtered
	)
	listText := text(`.bar strong`)
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	attr, err := chromedp.Run(sctx, chromedp.AttributeValue(css(`#claims tr.row`), "data-id"))
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	firstRow := attr.Value
	step("open with the keyboard",
		chromedp.KeyEvent("j"),
		chromedp.KeyEvent("o"),
		chromedp.WaitVisible(css(`#evidence mark`)),
		shot("claim-laptop.png"),
	)
	step("picker suggests from French",
		chromedp.Clear(css(`#field-victims input[name=value]`)),
		chromedp.SendKeys(css(`#field-victims input[name=value]`), "Allemagne"),
		chromedp.WaitReady(css(`#dl-victims option[value="DE"]`)),
	)
	step("edit victims",
		chromedp.SetValue(css(`#field-victims input[name=value]`), "DE, Royaume-Uni"),
		chromedp.Submit(css(`#field-victims form`)),
		chromedp.WaitVisible(css(`tr#field-victims.changed`)),
	)
	step("edit accused",
		chromedp.SetValue(css(`#field-accused input[name=value]`), "Fancy Bear"),
		chromedp.Submit(css(`#field-accused form`)),
		chromedp.WaitVisible(css(`tr#field-accused.changed`)),
	)
	accusedNow := text(`#field-accused .current`)
	step("accept", chromedp.Click(css(`#accept`)), chromedp.WaitVisible(css(`#status.accepted`)), shot("claim-accepted-laptop.png"))
	flash, status := text(`.flash.ok`), text(`#status`)
	step("phone width",
		chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(ts.URL+"/claims"),
		chromedp.WaitVisible(css(`#claims`)),
		shot("list-phone.png"),
		chromedp.Navigate(ts.URL+"/claims/"+f.xss.ID),
		chromedp.WaitVisible(css(`#evidence`)),
		shot("claim-phone.png"),
	)
	step("overview",
		chromedp.EmulateViewport(1366, 900),
		chromedp.Navigate(ts.URL+"/overview"),
		chromedp.WaitVisible(css(`#timeline`)),
		shot("overview-laptop.png"),
	)
	if listText != "9 claims" || firstRow != f.xss.ID && firstRow != target.ID {
		t.Errorf("filtered list: %q, first row %s", listText, firstRow)
	}
	if status != "accepted" || !strings.Contains(flash, "Accepted") || !strings.Contains(accusedNow, "APT28") {
		t.Errorf("page after accept: status %q flash %q accused %q", status, flash, accusedNow)
	}

	r, err := f.store.Get(context.Background(), firstRow)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != claim.StatusAccepted || r.Reviewer != "grace" || len(r.Decisions) != 3 {
		t.Fatalf("stored: status %s reviewer %s decisions %d", r.Status, r.Reviewer, len(r.Decisions))
	}
	if r.Edited == nil || r.Edited.Accused.Name != "APT28" || len(r.Edited.Victims) != 2 || r.Edited.Victims[1].Country != "GB" {
		t.Errorf("correction: %+v", r.Edited)
	}

	var subjects []string
	var last claim.Decision
	for len(subjects) < 3 {
		select {
		case m := <-msgs:
			subjects = append(subjects, m.Subject)
			if err := json.Unmarshal(m.Data, &last); err != nil {
				t.Fatal(err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("NATS messages: got %v, want 3", subjects)
		}
	}
	if strings.Join(subjects, " ") != "decisions.edit decisions.edit decisions.accept" {
		t.Errorf("subjects %v", subjects)
	}
	if last.ClaimID != firstRow || last.Reviewer != "grace" || last.Action != claim.ActionAccept || last.Schema != claim.SchemaDecision {
		t.Errorf("published decision %+v", last)
	}
	t.Logf("screenshots in %s", out)
}
