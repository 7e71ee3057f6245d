package io.dbarch.web; final class Placeholder {}
