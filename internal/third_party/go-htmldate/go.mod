module github.com/markusmobius/go-htmldate

go 1.22.0

require (
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c
	github.com/rs/zerolog v1.33.0
	golang.org/x/net v0.29.0
)
