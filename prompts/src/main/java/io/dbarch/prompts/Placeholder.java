package io.dbarch.prompts; final class Placeholder {}
