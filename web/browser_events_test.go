package web

import (
	"context"
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

// TestBrowserEventView drives the event view in headless Chromium: the
// landing page lists events, one opens on its claims, accepting a claim
// from there changes the event's status (partly reviewed), accepting the
// rest in bulk makes it accepted, on the event and in the list. Screenshots
// go to testout/web/.
func TestBrowserEventView(t *testing.T) {
	ctx := browser(t)
	f := newEventFixture(t)
	s, err := New(Config{Token: testToken, Reviewer: "grace"}, f.store, testNorm(t), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	ts := srv.URL
	out := testOutDir(t)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			buf, err := chromedp.FullScreenshot(100)(ctx, tg)
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

	ev := f.event(t, f.chinaDenial.ID)
	first := ev.Claims[0]
	step("log in onto the event list",
		chromedp.Navigate(ts+"/login?return=/"),
		chromedp.WaitVisible(css(`input[name=token]`)),
		chromedp.SendKeys(css(`input[name=token]`), testToken),
		chromedp.Submit(css(`form.login`)),
		chromedp.WaitVisible(css(`#events`)),
		shot("events-laptop.png"),
	)
	total := text(`#event-total`)
	rowStatus := text(`#events tr[data-id="` + ev.ID + `"] td.st .status`)
	step("open the event (click on its row)",
		chromedp.Click(css(`#events tr[data-id="`+ev.ID+`"] td.langs`)),
		chromedp.WaitVisible(css(`#claims tr[data-id="`+first+`"]`)),
		shot("event-laptop.png"),
	)
	before := text(`#event-status .status`)
	denialRow := text(`#claims tr.denial[data-id="` + f.chinaDenial.ID + `"] td.clm`)
	step("accept one claim of the event",
		chromedp.Click(css(`#claims tr[data-id="`+first+`"] button.ok`)),
		chromedp.WaitVisible(css(`.flash.ok`)),
		chromedp.WaitVisible(css(`#event-status .ev-partly`)),
	)
	partly := text(`#event-status .status`)
	step("accept the rest in bulk",
		chromedp.Click(css(`#select-all`)),
		chromedp.Click(css(`#bulk button[value=accept]`)),
		chromedp.WaitVisible(css(`#event-status .ev-accepted`)),
		shot("event-accepted-laptop.png"),
	)
	accepted := text(`#event-status .status`)
	step("back to the list",
		chromedp.Click(css(`.crumbs a`)),
		chromedp.WaitVisible(css(`#events`)),
	)
	listAfter := text(`#events tr[data-id="` + ev.ID + `"] td.st .status`)
	step("precision page",
		chromedp.Navigate(ts+"/precision"),
		chromedp.WaitVisible(css(`table.precision`)),
		shot("precision-laptop.png"),
	)
	reviewed := text(`#reviewed-count`)
	step("phone width",
		chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(ts+"/events"),
		chromedp.WaitVisible(css(`#events`)),
		shot("events-phone.png"),
	)

	if total != "8 events" || rowStatus != sinks.EventUnreviewed || before != sinks.EventUnreviewed {
		t.Errorf("list: %q, row status %q, event status %q", total, rowStatus, before)
	}
	if !strings.Contains(strings.ToLower(denialRow), "denial") || !strings.Contains(denialRow, "denies") {
		t.Errorf("denial row reads %q", denialRow)
	}
	if reviewed != "4" {
		t.Errorf("precision page counts %s reviewed claims, want 4", reviewed)
	}
	if partly != sinks.EventPartly || accepted != sinks.EventAccepted || listAfter != sinks.EventAccepted {
		t.Errorf("statuses: after one %q, after all %q, in the list %q", partly, accepted, listAfter)
	}
	for _, id := range append(append([]string{}, ev.Claims...), ev.Denials...) {
		r, err := f.store.Get(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != claim.StatusAccepted || r.Reviewer != "grace" {
			t.Errorf("claim %s stored as %s by %q", id, r.Status, r.Reviewer)
		}
	}
	t.Logf("screenshots in %s", out)
}
