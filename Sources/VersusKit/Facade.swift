import VersusBuild
import VersusCheck
import VersusDiagnostics
import VersusPlan
import VersusServe
import VersusWrite

// The command-line tool's view of Versus: these names and `ProjectStarter`/`EntryScaffold` are all it uses.

/// A problem found in the input: `path:line:col: severity: message`. See `VersusDiagnostics.Diagnostic`.
public typealias Diagnostic = VersusDiagnostics.Diagnostic
/// Why a command failed, with its exit code (1 content, 64 usage, 70 internal, 74 input/output).
public typealias BuildFailure = VersusDiagnostics.BuildFailure
/// Paths as diagnostics show them: relative to the working folder when inside it.
public typealias DisplayPath = VersusDiagnostics.DisplayPath
/// What to build from where.
public typealias BuildOptions = VersusBuild.BuildOptions
/// One part of a site built side by side (`--shard K/N`): see `VersusPlan.Shard`.
public typealias Shard = VersusPlan.Shard
/// How reversed pairs reach their comparison page (`--redirects files|nginx|netlify|none`): see `VersusPlan.RedirectMode`.
public typealias RedirectMode = VersusPlan.RedirectMode
/// What a build did: pages, files written, unchanged and removed, seconds per stage.
public typealias BuildReport = VersusBuild.BuildReport
/// What `check` found: diagnostics, and the catalog's size and translation coverage.
public typealias ContentReport = VersusBuild.ContentReport
/// Load → Plan → Render → Incremental → Write.
public typealias SiteBuilder = VersusBuild.SiteBuilder
/// Zips a built site.
public typealias SiteArchive = VersusWrite.SiteArchive
/// Checks a built site's internal links and anchors.
public typealias LinkChecker = VersusCheck.LinkChecker
/// `versus serve`: builds, serves and rebuilds on change.
public typealias DevServer = VersusServe.DevServer
