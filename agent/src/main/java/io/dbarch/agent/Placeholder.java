package io.dbarch.agent; final class Placeholder {}
