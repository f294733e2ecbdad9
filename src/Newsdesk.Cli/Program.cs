using Newsdesk.Cli;

return await NewsdeskCli.Build().Parse(args).InvokeAsync();
