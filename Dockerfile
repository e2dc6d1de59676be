# claimwire: one static binary; every pipeline stage is a subcommand.
#   docker build -t claimwire .
#   docker run --rm claimwire demo
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
# patched dependencies (go.mod replace directives point here)
COPY internal/third_party/ internal/third_party/
RUN go mod download
COPY . .
# modernc.org/sqlite is pure Go: no cgo, a static binary.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/claimwire ./cmd/claimwire

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/claimwire /usr/local/bin/claimwire
WORKDIR /home/nonroot
USER nonroot:nonroot
EXPOSE 8080 9090
ENTRYPOINT ["/usr/local/bin/claimwire"]
CMD ["--help"]
