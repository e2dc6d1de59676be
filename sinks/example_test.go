package sinks_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
)

// A sink stage opens its sinks once and writes each fetched batch; it acks
// the messages only when WriteClaims returned nil.
func ExampleOpenAll() {
	dir, _ := os.MkdirTemp("", "claimwire-example")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	s, err := sinks.OpenAll(ctx, []string{
		"sqlite:" + filepath.Join(dir, "claims.db"),
		"jsonl:" + filepath.Join(dir, "claims.jsonl"),
	}, sinks.Options{RotateDaily: true}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()

	c := claim.Claim{
		Schema:  claim.SchemaClaim,
		Article: claim.ArticleRef{URL: "https://news.example/a"},
		Accused: &claim.Entity{Text: "APT40", Name: "APT40", Kind: claim.KindGroup, Country: "CN"},
		Stance:  claim.StanceAccusation,
	}
	c.ID = claim.ComputeID(&c)
	bad := c
	bad.Stance = "rumour"

	err = s.WriteClaims(ctx, []claim.Claim{c, bad})
	var ce *sinks.ClaimError
	switch {
	case errors.As(err, &ce):
		// Dead-letter the refused claims, write the others again.
		fmt.Println("refused:", ce.Indexes())
		err = s.WriteClaims(ctx, []claim.Claim{c})
		fmt.Println("rest written:", err == nil)
	case errors.Is(err, sinks.ErrUnavailable):
		// Do not ack: the messages come back and the write is retried.
	}
	files, _ := sinks.JSONLFiles(filepath.Join(dir, "claims.jsonl"))
	fmt.Println("jsonl files:", len(files))
	// Output:
	// refused: [1]
	// rest written: true
	// jsonl files: 1
}
