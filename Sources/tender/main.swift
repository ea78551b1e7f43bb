import Foundation

// The `tender` executable: everything it does is in TenderCommand and the commands it lists.
SignalCleanup.install()
ExitWithoutTeardown.turnOn()
exit(TenderCommand.main(Array(CommandLine.arguments.dropFirst()), console: Console.standard()))
