"""The command line: a thin shell that parses options, calls library code and prints."""
