// Command gencorpus writes synthetic article texts of 2–4 KB (French and
// English, each with an attribution sentence, built by the bench's
// generator) as DIR/NNNN.txt, for timing `claimwire extract` over many
// files without the eval texts:
//
//	go run ./scripts/gencorpus -n 1000 -dir /tmp/corpus
//	taskset -c 0 claimwire extract /tmp/corpus/*.txt > /dev/null
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimwire/claimwire/pipeline/runner"
)

func main() {
	n := flag.Int("n", 1000, "number of texts")
	dir := flag.String("dir", "", "output folder (created)")
	seed := flag.Uint64("seed", 11, "random seed (same seed, same texts)")
	flag.Parse()
	if *dir == "" || *n <= 0 {
		fmt.Fprintln(os.Stderr, "gencorpus: -dir and -n > 0 are required")
		os.Exit(2)
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	next := runner.SynthGenerator(*seed)
	r := rand.New(rand.NewPCG(*seed, 7))
	for i := range *n {
		a := next()
		// the generator's texts are ~3 KB: cut or extend each to a length
		// drawn from 2–4 KB, at a sentence end, with the filler of the
		// next text of the same language
		want := 2000 + r.IntN(2000)
		text := a.Text
		for len(text) < want {
			next() // the other language
			more := next()
			if k := strings.Index(more.Text, "\n\n"); k >= 0 {
				text += "\n\n" + more.Text[k+2:]
			}
		}
		if len(text) > want {
			cut := text[:want+1]
			if k := max(strings.LastIndex(cut, ". "), strings.LastIndex(cut, ".\n")); k > 0 {
				text = text[:k+1]
			}
		}
		body := a.Title + "\n\n" + text + "\n"
		p := filepath.Join(*dir, fmt.Sprintf("%04d.txt", i))
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(1)
		}
	}
}
