using Newsdesk.Cli;

return await NewsdeskCli.RunAsync(args);
