package normalizer_test

import (
	"fmt"

	"github.com/claimwire/claimwire/normalizer"
)

func ExampleNormalizer_Find() {
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		panic(err)
	}
	text := "Selon l’ANSSI, APT28 a visé des ministères aux Etats-Unis ; Pékin dément."
	for _, m := range norm.Find(text, "fr") {
		fmt.Printf("%d-%d %q %s %s %s/%s prep=%q\n", m.Start, m.End, m.Text, m.Form, m.Entity.Kind, m.Entity.Name, m.Entity.Country, m.Prep)
	}
	// Output:
	// 10-15 "ANSSI" name agency ANSSI/FR prep="l’"
	// 17-22 "APT28" name group APT28/RU prep=""
	// 51-61 "Etats-Unis" name state United States/US prep="aux"
	// 64-70 "Pékin" seat state China/CN prep=""
}

func ExampleNormalizer_Resolve() {
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		panic(err)
	}
	for _, phrase := range []string{"aux Etats-Unis", "le GRU", "Midnight Blizzard", "Winnti"} {
		e, ok := norm.Resolve(phrase, "fr")
		fmt.Println(phrase, "→", ok, e.Kind, e.Name, e.Country, len(e.Candidates))
	}
	// Output:
	// aux Etats-Unis → true state United States US 0
	// le GRU → true agency GRU RU 0
	// Midnight Blizzard → true group APT29 RU 0
	// Winnti → true group Winnti CN 2
}
