namespace FaqBot.Search.Analysis;

public sealed partial class PorterStemmer
{
    // The word being stemmed: b[0..k] is the current word, b[0..j] the stem left when a matched suffix is removed.
    // Names follow Porter's paper so each step can be checked against it.
    private ref struct Stemming(Span<char> b, bool reference)
    {
        private readonly Span<char> b = b;
        private int k = b.Length - 1;
        private int j;

        public readonly int End => k + 1;

        public void Step1ab()
        {
            if (b[k] == 's')
            {
                if (Ends("sses"))
                {
                    k -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (k == 0 || b[k - 1] != 's')
                {
                    k--;
                }
            }

            if (k < 0)
            {
                return;
            }

            if (Ends("eed"))
            {
                if (Measure() > 0)
                {
                    k--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                k = j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(k))
                {
                    k--;
                    if (b[k] is 'l' or 's' or 'z')
                    {
                        k++;
                    }
                }
                else
                {
                    j = k;
                    if (Measure() == 1 && ConsonantVowelConsonant(k))
                    {
                        SetTo("e");
                    }
                }
            }
        }

        public void Step1c()
        {
            if (Ends("y") && VowelInStem())
            {
                b[k] = 'i';
            }
        }

        public void Step2()
        {
            if (k < 1)
            {
                return;
            }

            _ = b[k - 1] switch
            {
                'a' => Rule("ational", "ate") || Rule("tional", "tion"),
                'c' => Rule("enci", "ence") || Rule("anci", "ance"),
                'e' => Rule("izer", "ize"),
                'l' => (reference ? Rule("bli", "ble") : Rule("abli", "able")) || Rule("alli", "al")
                    || Rule("entli", "ent") || Rule("eli", "e") || Rule("ousli", "ous"),
                'o' => Rule("ization", "ize") || Rule("ation", "ate") || Rule("ator", "ate"),
                's' => Rule("alism", "al") || Rule("iveness", "ive") || Rule("fulness", "ful") || Rule("ousness", "ous"),
                't' => Rule("aliti", "al") || Rule("iviti", "ive") || Rule("biliti", "ble"),
                'g' => reference && Rule("logi", "log"),
                _ => false,
            };
        }

        public void Step3()
        {
            _ = b[k] switch
            {
                'e' => Rule("icate", "ic") || Rule("ative", "") || Rule("alize", "al"),
                'i' => Rule("iciti", "ic"),
                'l' => Rule("ical", "ic") || Rule("ful", ""),
                's' => Rule("ness", ""),
                _ => false,
            };
        }

        public void Step4()
        {
            if (k < 1)
            {
                return;
            }

            var matched = b[k - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && j >= 0 && b[j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (matched && Measure() > 1)
            {
                k = j;
            }
        }

        public void Step5()
        {
            j = k;
            if (b[k] == 'e')
            {
                var m = Measure();
                if (m > 1 || (m == 1 && !ConsonantVowelConsonant(k - 1)))
                {
                    k--;
                }
            }

            if (k >= 0 && b[k] == 'l' && DoubleConsonant(k) && Measure() > 1)
            {
                k--;
            }
        }

        // Replaces the suffix when the stem before it has measure > 0. Returns whether the suffix was present,
        // because the first suffix that matches ends the step whether or not it was replaced.
        private bool Rule(string suffix, string replacement)
        {
            if (!Ends(suffix))
            {
                return false;
            }

            if (Measure() > 0)
            {
                SetTo(replacement);
            }

            return true;
        }

        private bool Ends(string suffix)
        {
            var length = suffix.Length;
            if (length > k + 1 || !b.Slice(k - length + 1, length).SequenceEqual(suffix))
            {
                return false;
            }

            j = k - length;
            return true;
        }

        private void SetTo(string replacement)
        {
            replacement.CopyTo(b[(j + 1)..]);
            k = j + replacement.Length;
        }

        private readonly bool IsConsonant(int i)
        {
            var c = b[i];
            if (c != 'y')
            {
                return c is not ('a' or 'e' or 'i' or 'o' or 'u');
            }

            // 'y' is a consonant at the start or after a vowel, a vowel after a consonant; walk back over a run of
            // y's iteratively (a recursive definition could overflow the stack on "yyyy...").
            var first = i;
            while (first > 0 && b[first - 1] == 'y')
            {
                first--;
            }

            var firstIsConsonant = first == 0 || !IsConsonant(first - 1);
            return ((i - first) % 2 == 0) == firstIsConsonant;
        }

        // m in Porter's paper: the number of vowel-consonant sequences in the stem b[0..j].
        private readonly int Measure()
        {
            var m = 0;
            var previousIsVowel = false;
            for (var i = 0; i <= j; i++)
            {
                var consonant = IsConsonant(i);
                if (consonant && previousIsVowel)
                {
                    m++;
                }

                previousIsVowel = !consonant;
            }

            return m;
        }

        private readonly bool VowelInStem()
        {
            for (var i = 0; i <= j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly bool DoubleConsonant(int i) => i >= 1 && b[i] == b[i - 1] && IsConsonant(i);

        // *o in Porter's paper: consonant-vowel-consonant ending, the last not w, x or y ("hop" but not "snow").
        private readonly bool ConsonantVowelConsonant(int i) =>
            i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && b[i] is not ('w' or 'x' or 'y');
    }
}
