package normalizer

// The group table data/galaxy-groups.tsv is generated from the MISP galaxy
// (CC0) in ../shared/data/misp-galaxy; data/groups.tsv holds the curated
// corrections loaded over it. The generated file is committed, so building
// needs no ../shared; TestGalaxyTableUpToDate checks it is current.
//go:generate go run ./internal/gengroups -galaxy ../../shared/data/misp-galaxy -curated data/groups.tsv -stop internal/gengroups/stoplist.txt -out data/galaxy-groups.tsv

// tables_gen.go is the Normalizer of the embedded tables as Go data
// (compiled.go), written after the galaxy table it is built from.
//go:generate go test -run TestCompiledTablesUpToDate -update .
