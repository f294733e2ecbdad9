// The CLI writes to the process-wide console, which the tests redirect: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
