namespace Campaign.Importing.Parliament;

/// <summary>The Members API could not be read; <see cref="Exception.Message"/> is the one sentence staff are shown.</summary>
public sealed class MembersApiException(string sentence, Exception? inner = null) : ParliamentApiException(sentence, inner);
