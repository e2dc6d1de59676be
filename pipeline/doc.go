// Package pipeline owns everything NATS in claimwire: the embedded server,
// the connection, subjects, JetStream streams and consumers, acks,
// redelivery, Nats-Msg-Id dedup and the dead-letter subject. The stages
// (fetcher, extractor, sinks) know nothing of NATS: they are plain
// functions and interfaces wired here.
//
// # Subjects
//
// Every subject may carry a prefix (Config.SubjectPrefix, e.g. "test1.")
// for isolation on a shared server.
//
//	articles.<lang>             article/v1 JSON; lang "fr", "en" or "und"
//	claims.<lang>.<CC|none>     claim/v2 JSON (v1 still decoded); CC is the accused's ISO country code
//	events.<CC|none>            event/v1 JSON, Msg-Id "<event id>.<revision>" (events.go)
//	decisions.<action>          decision/v1 JSON; action accept, reject or edit
//	deadletter.<stage>          DeadLetter JSON; stage extract or sink
//
// Streams (names may carry Config.StreamPrefix): ARTICLES (articles.>),
// CLAIMS (claims.>), DECISIONS (decisions.>), DEADLETTER (deadletter.>),
// plus the KV bucket FETCH_STATE for the fetcher's state. Articles use
// their content hash as Nats-Msg-Id ("article-<sha256>"), claims their
// deterministic id, so a re-crawl or a redelivery inside the duplicate
// window is dropped by the server; sinks upsert by id beyond it.
//
// Every message carries a Claimwire-Schema header; dead letters carry
// Claimwire-Stage, Claimwire-Reason, Claimwire-Original-Subject,
// -Stream, -Seq and -Delivered headers, and the same facts plus the
// original payload in the body.
//
// With the plain nats CLI:
//
//	nats sub 'claims.*.CN'                 # live claims against China, any language
//	nats sub 'claims.fr.>'                 # live claims from French articles
//	nats stream view CLAIMS                # everything stored
//	nats sub --stream CLAIMS 'claims.>' --all   # replay the stream
//	nats sub 'deadletter.>'                # failures, with reasons
//
// # Stages
//
// Each stage reads from a durable pull consumer (extract on ARTICLES,
// sink-<kind>-<hash> on CLAIMS), so N copies of a stage with the same
// durable name share the work. A message is acked only after the stage's
// work succeeded (for a sink: after its write returned nil). Permanent
// failures (invalid JSON, unknown schema, invalid claim) are terminated
// and published on deadletter.<stage> with the reason; sink outages are
// retried with backoff (capped at 5s) without limit, so claims wait in the
// stream. Whether a failure is permanent is decided in one place,
// IsPermanent (internal/fault), for every stage, replay and import.
package pipeline
