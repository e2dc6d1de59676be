package extractor

import (
	"fmt"
	"sync"
)

// lazyLexicon is an embedded lexicon compiled on its first article: a run
// over articles of one language (`claimwire extract one.txt`) compiles only
// that language's, where compiling every language at New cost each process
// ~1.2 MB and ~300 page faults per lexicon it never used (issue 11). Until
// then the Extractor holds a shell with the language and its guess words,
// all that Langs and GuessLang read.
type lazyLexicon struct {
	once sync.Once
	file string
	data []byte
	lx   *lexicon
	err  error
}

// get compiles the lexicon once; every caller gets the same one.
func (z *lazyLexicon) get() (*lexicon, error) {
	z.once.Do(func() {
		z.lx, z.err = compileLexiconData(z.file, z.data, false)
		if z.err != nil {
			z.err = fmt.Errorf("extractor: lexicon %w", z.err)
		}
	})
	return z.lx, z.err
}

// full returns the compiled lexicon of lx: lx itself, or its lazy one's.
func (lx *lexicon) full() (*lexicon, error) {
	if lx.lazy == nil {
		return lx, nil
	}
	return lx.lazy.get()
}

// openLexicons is loadLexicons with the embedded lexicons left to compile
// on first use (user files are compiled now: a bad one fails New). Only
// each embedded file's lang and guess_words are decoded here.
func openLexicons(extra []string) (map[string]*lexicon, error) {
	return embeddedLexicons(extra, func(file string, data []byte) (*lexicon, error) {
		lang, words, err := lexiconHead(data)
		if err != nil {
			return nil, fmt.Errorf("extractor: lexicon %s: %w", file, err)
		}
		return &lexicon{lang: lang, guessWords: guessWordSet(words),
			lazy: &lazyLexicon{file: file, data: data}}, nil
	})
}
