package main

import "context"

func runFetch(ctx context.Context, e *env, args []string) error { return errNotImplemented }

func runExtractWorker(ctx context.Context, e *env, args []string) error { return errNotImplemented }

func runSink(ctx context.Context, e *env, args []string) error { return errNotImplemented }
