module github.com/markusmobius/go-domdistiller

go 1.20

require (
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c
	github.com/rs/zerolog v1.33.0
	golang.org/x/net v0.29.0
)

require golang.org/x/text v0.18.0 // test only: the patched createRangeTable against upstream's rangetable.New
