package fetcher

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

// Error is the error type of the fetcher. errors.Is matches ErrRetryable or
// ErrPermanent (by Retryable), the specific Kind (ErrHTTPStatus,
// ErrTooLarge…), and the wrapped cause.
type Error struct {
	Source     string        // source name, when known
	URL        string        // URL being fetched, when known
	Kind       error         // one of the specific sentinel errors
	Status     int           // HTTP status, when the error is one
	Retryable  bool          // worth trying again later
	RetryAfter time.Duration // server-requested wait (429/503)
	Msg        string        // what happened, lower case
	Err        error         // cause
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("fetcher: ")
	if e.Source != "" {
		fmt.Fprintf(&b, "source %q: ", e.Source)
	}
	if e.URL != "" {
		b.WriteString(e.URL + ": ")
	}
	b.WriteString(e.Msg)
	if e.Err != nil {
		var inner *Error
		if errors.As(e.Err, &inner) {
			b.WriteString(": " + inner.Msg)
		} else {
			b.WriteString(": " + e.Err.Error())
		}
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Is matches the retry class and the specific kind.
func (e *Error) Is(target error) bool {
	switch target {
	case ErrRetryable:
		return e.Retryable
	case ErrPermanent:
		return !e.Retryable
	case nil:
		return false
	}
	return e.Kind == target
}

// Reason is a short label of err for Stats.Reasons and logs: "http-404",
// "timeout", "robots", "too-large", "binary", "address-refused"…
func Reason(err error) string {
	var e *Error
	if errors.As(err, &e) {
		if e.Status != 0 && e.Kind == ErrHTTPStatus {
			return fmt.Sprintf("http-%d", e.Status)
		}
		if r := kindReason(e.Kind); r != "" {
			return r
		}
		if e.Err != nil {
			return Reason(e.Err)
		}
	}
	switch {
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return "timeout"
	}
	for _, k := range []error{ErrRobotsDisallowed, ErrAddressRefused, ErrTooLarge, ErrBinaryContent, ErrNotFeed,
		ErrMalformedFeed, ErrTooManyRedirects, ErrNoArticle, ErrTimeout, ErrRetryBudget, ErrInvalidURL, ErrEmit, ErrMalformedPage, ErrExtractTimeout} {
		if errors.Is(err, k) {
			return kindReason(k)
		}
	}
	return "error"
}

func kindReason(k error) string {
	switch k {
	case ErrRobotsDisallowed:
		return "robots"
	case ErrAddressRefused:
		return "address-refused"
	case ErrTooLarge:
		return "too-large"
	case ErrBinaryContent:
		return "binary"
	case ErrNotFeed:
		return "not-feed"
	case ErrMalformedFeed:
		return "malformed-feed"
	case ErrTooManyRedirects:
		return "redirects"
	case ErrNoArticle:
		return "no-article"
	case ErrTimeout:
		return "timeout"
	case ErrRetryBudget:
		return "retry-budget"
	case ErrInvalidURL:
		return "invalid-url"
	case ErrEmit:
		return "emit"
	case ErrMalformedPage:
		return "malformed-page"
	case ErrExtractTimeout:
		return "extract-timeout"
	case ErrHTTPStatus:
		return "http"
	}
	return ""
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
