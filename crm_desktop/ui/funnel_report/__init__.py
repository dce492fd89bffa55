"""The Funnel report area: conversion, time in stage, win rates, lost reasons, sources, forecast and
targets of a period, in figures, tables and charts."""
