package main

import "context"

func runRun(ctx context.Context, e *env, args []string) error { return errNotImplemented }
