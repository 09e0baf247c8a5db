namespace MetricAssistant.Application.Governance.Versions;

/// <summary>Why a version request was not answered: an unknown metric or version (404), a malformed request (400), or an old text today's catalog cannot load (409).</summary>
public enum VersionFailureKind { NotFound, Invalid, Unloadable }
