package extractor

// speakerNames maps the surname of a person introduced with an accuser's
// title ("Polish Prime Minister Donald Tusk", "Chinese foreign ministry
// spokesman Lin Jian", « le ministre polonais du numérique Krzysztof
// Gawkowski ») to that accuser's mention, so that "Tusk said" later in the
// article speaks for Poland. Only a title word followed by at least two
// capitalised words (first name and surname) introduces a person; both
// ends of the name are kept.
func (z *analyzer) speakerNames() map[string]int {
	var out map[string]int
	for k := range z.ms {
		m := &z.ms[k]
		if !m.accuserOK() {
			continue
		}
		title := m.instHead // « le ministre polonais … Krzysztof Gawkowski »
		var run []int
		for t, n := m.t1, 0; t < len(z.toks) && n < 10; t, n = t+1, n+1 {
			tok := z.toks[t]
			if !tok.word {
				if tok.w == "'s" && !title && len(run) == 0 {
					continue
				}
				break
			}
			if z.tokMent[t] >= 0 {
				break
			}
			if z.is(t, clsInstitution) || z.is(t, clsResearchers) {
				if len(run) > 0 {
					break
				}
				title = true
				continue
			}
			if !title {
				if tok.upper {
					break // "Russia's GRU", a name before any title
				}
				continue // "foreign", "digital affairs"
			}
			if !tok.upper || z.info[t].cats != 0 {
				if len(run) > 0 {
					break
				}
				if tok.upper {
					break
				}
				continue // « du numérique »
			}
			run = append(run, t)
		}
		if len(run) < 2 || len(run) > 4 {
			continue
		}
		if out == nil {
			out = map[string]int{}
		}
		// the surname ends Western names and starts Chinese or Korean ones
		for _, t := range []int{run[0], run[len(run)-1]} {
			if _, dup := out[z.w(t)]; !dup {
				out[z.w(t)] = k
			}
		}
	}
	return out
}

// namedSpeaker returns the accuser mention a surname of names stands for
// when it is the subject or inverted speaker of a reporting or accusation
// verb of s ("Tusk said", "said Tusk", « a déclaré Tusk »), or -1.
func (z *analyzer) namedSpeaker(s *sentence, names map[string]int) int {
	if len(names) == 0 {
		return -1
	}
	for t := s.t0; t < s.t1; t++ {
		if !z.toks[t].upper || z.tokMent[t] >= 0 {
			continue
		}
		k, ok := names[z.w(t)]
		if !ok {
			continue
		}
		for u := t - 3; u <= t+3; u++ {
			if u >= s.t0 && u < s.t1 && u != t && (z.has(catReport, u) || z.has(catAccuse, u) || z.has(catAttribute, u)) {
				return k
			}
		}
	}
	return -1
}
