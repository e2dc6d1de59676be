package main

import "context"

func runReplay(ctx context.Context, e *env, args []string) error { return errNotImplemented }
