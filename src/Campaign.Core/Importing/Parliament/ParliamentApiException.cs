namespace Campaign.Importing.Parliament;

/// <summary>One of Parliament's APIs could not be read; <see cref="Exception.Message"/> is the one sentence staff are shown, naming the API.</summary>
public class ParliamentApiException(string sentence, Exception? inner = null) : Exception(sentence, inner);
